package org.linli.organization.api.lookup;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Who handles a household's matters, for dispatch. Staff get their own subtree, a SERVICE token with
 * {@link PartyMemberLookupApi#GRANT} every household; residents and anyone out of scope get 404.
 */
public interface HouseholdHandlersApi {

    @GetMapping("/api/org/households/{householdId}/handlers")
    HouseholdHandlers handlersOfHousehold(@PathVariable("householdId") long householdId);
}
