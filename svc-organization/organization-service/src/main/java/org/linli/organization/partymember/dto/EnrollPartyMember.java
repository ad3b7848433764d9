package org.linli.organization.partymember.dto;

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
        @NotNull Long partyOrgId,
        @NotNull MemberCategory category,
        @NotNull MemberPosition position,
        Long centralHouseholdId,
        Long partnerUnitId,
        @Size(max = 100) String employer,
        @Size(max = 100) String employerPartyOrg) {

    public Membership membership() {
        return new Membership(
                partyOrgId, category, position, centralHouseholdId, partnerUnitId, employer, employerPartyOrg);
    }
}
