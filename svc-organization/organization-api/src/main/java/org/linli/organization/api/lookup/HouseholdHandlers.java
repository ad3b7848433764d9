package org.linli.organization.api.lookup;

/**
 * Who may handle a matter of a household, for dispatch (svc-requests): where it lies, the party member who
 * looks after it (党员联户) and the property company of its compound. Ids only, no names: the dispatcher
 * records who, and people read names through their own lookups.
 *
 * @param path the household's materialized org path (district/street/community/compound/building/unit)
 * @param partyMemberId the responsible member, or null when nobody looks after it yet
 * @param partyMemberPersonId that member's person, by whom the member's own token is recognised
 * @param propertyCompanyId the compound's property company (a compound party), or null when it has none
 */
public record HouseholdHandlers(
        long householdId,
        long compoundId,
        String path,
        Long partyMemberId,
        Long partyMemberPersonId,
        Long propertyCompanyId) {}
