package org.linli.organization.lookup;

import org.linli.organization.api.lookup.HouseholdHandlers;
import org.linli.organization.api.lookup.PartyMemberLookupApi;
import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.springframework.stereotype.Service;

/**
 * Who handles a household's matters (svc-requests' dispatch): one query, not cached, since dispatch asks once
 * per request and must see a link made a moment ago.
 */
@Service
class DispatchLookup {

    private final LookupQueries queries;

    DispatchLookup(LookupQueries queries) {
        this.queries = queries;
    }

    HouseholdHandlers handlersOf(Caller caller, long householdId) {
        return DataScope.require(
                caller,
                queries.handlers(householdId).orElse(null),
                HouseholdHandlers::path,
                found -> caller.mayDo(PartyMemberLookupApi.GRANT),
                "household",
                householdId);
    }
}
