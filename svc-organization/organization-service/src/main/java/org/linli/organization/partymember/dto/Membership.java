package org.linli.organization.partymember.dto;

import org.linli.organization.partymember.MemberCategory;
import org.linli.organization.partymember.MemberPosition;

/**
 * Where and how a known person is enrolled: what {@link EnrollPartyMember} says apart from the
 * person, and what an approved 双报到 registration decides.
 */
public record Membership(
        long partyOrgId,
        MemberCategory category,
        MemberPosition position,
        Long centralHouseholdId,
        Long partnerUnitId,
        String employer,
        String employerPartyOrg) {

    /** An in-service member (在职党员) registered where they live, without a position yet. */
    public static Membership inService(long partyOrgId, String employer, String employerPartyOrg) {
        return new Membership(
                partyOrgId, MemberCategory.IN_SERVICE, MemberPosition.MEMBER, null, null, employer, employerPartyOrg);
    }
}
