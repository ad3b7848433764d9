package org.linli.organization.compoundparty;

import java.util.Set;

/** The three parties of a compound (三驾马车), and the roles people hold in each. */
public enum CompoundPartyKind {
    /** 居委会 */
    RESIDENTS_COMMITTEE(Set.of(CompoundPartyRole.CHAIR, CompoundPartyRole.VICE_CHAIR, CompoundPartyRole.MEMBER)),
    /** 业委会 */
    OWNERS_COMMITTEE(Set.of(CompoundPartyRole.CHAIR, CompoundPartyRole.VICE_CHAIR, CompoundPartyRole.MEMBER)),
    /** 物业公司: staff see its contacts, not an org chart */
    PROPERTY_COMPANY(Set.of(CompoundPartyRole.CONTACT));

    private final Set<CompoundPartyRole> roles;

    CompoundPartyKind(Set<CompoundPartyRole> roles) {
        this.roles = roles;
    }

    public Set<CompoundPartyRole> roles() {
        return roles;
    }
}
