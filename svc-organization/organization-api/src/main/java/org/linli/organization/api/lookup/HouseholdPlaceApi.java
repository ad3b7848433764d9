package org.linli.organization.api.lookup;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where a household lies, for services that file things about it (svc-requests at intake). Called for a
 * resident with their token it answers only their own homes (404 otherwise), so it also proves that a
 * household is the caller's; staff get their subtree; a SERVICE token needs {@link
 * PartyMemberLookupApi#GRANT} and then sees every household.
 */
public interface HouseholdPlaceApi {

    @GetMapping("/api/org/households/{householdId}/place")
    HouseholdPlace placeOfHousehold(@PathVariable("householdId") long householdId);
}
