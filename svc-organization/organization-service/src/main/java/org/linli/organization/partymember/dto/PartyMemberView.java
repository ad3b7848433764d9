package org.linli.organization.partymember.dto;

import org.linli.organization.partymember.MemberCategory;
import org.linli.organization.partymember.MemberPosition;
import org.linli.organization.person.dto.PersonView;

/**
 * A party member with their personal data masked.
 *
 * @param version send it back when changing the member (optimistic lock)
 */
public record PartyMemberView(
        long id,
        PersonView person,
        long partyOrgId,
        MemberCategory category,
        MemberPosition position,
        Long centralHouseholdId,
        Long partnerUnitId,
        String employer,
        String employerPartyOrg,
        int linkedHouseholds,
        int version) {}
