package org.linli.requests.client.organization;

import org.linli.organization.api.lookup.HouseholdHandlersApi;
import org.springframework.cloud.openfeign.FeignClient;

/** svc-organization, as dispatch calls it: who handles a household's matters. */
@FeignClient(
        name = "svc-organization",
        contextId = "householdHandlers",
        fallbackFactory = HouseholdHandlersFallback.class)
public interface HouseholdHandlersClient extends HouseholdHandlersApi {}
