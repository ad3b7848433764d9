package org.linli.organization.partymember.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.organization.partymember.MemberCategory;
import org.linli.organization.partymember.MemberPosition;
import org.linli.organization.person.dto.PersonDetails;

/**
 * Registers a person as a party member of an organisation.
 *
 * @param centralHouseholdId for a member who keeps a party-member central household (党员中心户)
 * @param partnerUnitId for a part-time committee member sent by a partner unit
 * @param employer for in-service members: where they work
 * @param employerPartyOrg for in-service members: the party organisation at their employer
 */
public record EnrollPartyMember(
        @NotNull @Valid PersonDetails person,
        @Schema(description = "The organisation they join.", example = "4") @NotNull Long partyOrgId,
        @Schema(example = "IN_SERVICE") @NotNull MemberCategory category,
        @Schema(example = "MEMBER") @NotNull MemberPosition position,
        @Schema(description = "For a member who keeps a party-member central household (党员中心户).")
                Long centralHouseholdId,
        @Schema(description = "For a part-time committee member (兼职委员) sent by a partner unit.") Long partnerUnitId,
        @Schema(description = "For an IN_SERVICE member (required then): where they work.", example = "增城区税务局")
                @Size(max = 100)
                String employer,
        @Schema(
                        description = "For an IN_SERVICE member (required then): the party organisation at their"
                                + " employer.",
                        example = "增城区税务局机关党委")
                @Size(max = 100)
                String employerPartyOrg) {

    public Membership membership() {
        return new Membership(
                partyOrgId, category, position, centralHouseholdId, partnerUnitId, employer, employerPartyOrg);
    }
}
