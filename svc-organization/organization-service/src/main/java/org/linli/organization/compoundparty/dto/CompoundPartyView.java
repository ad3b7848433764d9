package org.linli.organization.compoundparty.dto;

import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(example = "2") long id,
        @Schema(example = "OWNERS_COMMITTEE") CompoundPartyKind kind,
        @Schema(example = "碧桂园第一届业主委员会") String name,
        @Schema(description = "For committees: the elected term.", example = "2024-07-01") LocalDate termStart,
        @Schema(example = "2029-06-30") LocalDate termEnd,
        List<Member> members,
        @Schema(description = "Only for the owners' committee, where the target of at least 30 % applies.")
                PartyMemberShare partyMemberShare) {

    /** @param partyMember whether this person is a party member in the caller's area (memberships elsewhere do not show) */
    @Schema(name = "CompoundPartyMember")
    public record Member(
            PersonView person,
            @Schema(example = "CHAIR") CompoundPartyRole role,
            @Schema(
                            description = "Whether they are a party member in the caller's area (memberships elsewhere"
                                    + " do not show).",
                            example = "true")
                    boolean partyMember) {}
}
