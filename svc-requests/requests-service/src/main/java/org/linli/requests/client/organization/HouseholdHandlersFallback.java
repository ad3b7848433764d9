package org.linli.requests.client.organization;

import org.linli.platform.client.UnavailableFallback;
import org.springframework.stereotype.Component;

/** svc-organization down: DependencyUnavailable, never an invented handler. */
@Component
class HouseholdHandlersFallback extends UnavailableFallback<HouseholdHandlersClient> {

    HouseholdHandlersFallback() {
        super(HouseholdHandlersClient.class, "svc-organization");
    }
}
