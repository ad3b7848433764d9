package org.linli.requests.client.organization;

import org.linli.platform.client.UnavailableFallback;
import org.springframework.stereotype.Component;

/** svc-organization down: DependencyUnavailable, never an invented place. */
@Component
class UnitPlaceFallback extends UnavailableFallback<UnitPlaceClient> {

    UnitPlaceFallback() {
        super(UnitPlaceClient.class, "svc-organization");
    }
}
