package org.linli.organization.api.lookup;

/**
 * A party member who looks after a household, as a resident sees them: name and phone masked.
 *
 * @param position SECRETARY, COMMITTEE_MEMBER, GROUP_LEADER, PART_TIME_COMMITTEE_MEMBER or MEMBER
 */
public record ResponsibleMember(
        long memberId, String name, String phone, String position, long partyOrgId, String partyOrgName) {}
