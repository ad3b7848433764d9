package org.linli.testconsumer.client.organization;

import org.linli.platform.client.UnavailableFallback;
import org.springframework.stereotype.Component;

/** svc-organization down or failing: 503 dependency.unavailable, never made-up members or households. */
@Component
class OrganizationLookupFallback extends UnavailableFallback<OrganizationLookupClient> {

    OrganizationLookupFallback() {
        super(OrganizationLookupClient.class, "svc-organization");
    }
}
