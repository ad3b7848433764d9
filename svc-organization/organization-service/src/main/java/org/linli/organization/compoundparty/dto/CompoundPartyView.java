package org.linli.organization.compoundparty.dto;

import java.time.LocalDate;
import java.util.List;
import org.linli.organization.compoundparty.CompoundPartyKind;
import org.linli.organization.compoundparty.CompoundPartyRole;
import org.linli.organization.compoundparty.PartyMemberShare;
import org.linli.organization.person.dto.PersonView;

/**
 * One party of a compound with its people (masked).
 *
 * @param partyMemberShare only for the owners' committee, where the ≥30 % target applies
 */
public record CompoundPartyView(
        long id,
        CompoundPartyKind kind,
        String name,
        LocalDate termStart,
        LocalDate termEnd,
        List<Member> members,
        PartyMemberShare partyMemberShare) {

    /** @param partyMember whether this person is a party member in the caller's area (memberships elsewhere do not show) */
    public record Member(PersonView person, CompoundPartyRole role, boolean partyMember) {}
}
