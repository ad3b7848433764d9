package org.linli.organization.partymember.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import org.linli.organization.partymember.MemberCategory;
import org.linli.organization.partymember.MemberPosition;
import org.linli.organization.person.dto.PersonView;

/**
 * A party member with their personal data masked.
 *
 * @param version send it back when changing the member (optimistic lock)
 */
public record PartyMemberView(
        @Schema(example = "1") long id,
        PersonView person,
        @Schema(example = "3") long partyOrgId,
        @Schema(example = "RESIDENT") MemberCategory category,
        @Schema(example = "SECRETARY") MemberPosition position,
        @Schema(description = "The party-member central household (党员中心户) they keep, if any.") Long centralHouseholdId,
        @Schema(description = "The partner unit that sent them, for a part-time committee member.") Long partnerUnitId,
        @Schema(description = "For an IN_SERVICE member: where they work.") String employer,
        @Schema(description = "For an IN_SERVICE member: the party organisation at their employer.")
                String employerPartyOrg,
        @Schema(description = "How many households they look after (党员联户).", example = "8") int linkedHouseholds,
        @Schema(description = "Send it back when changing the member.", example = "0") int version) {}
