package org.linli.requests.client.organization;

import org.linli.organization.api.lookup.HouseholdPlaceApi;
import org.springframework.cloud.openfeign.FeignClient;

/** svc-organization, as svc-requests calls it: where a household lies (and whether it is the caller's). */
@FeignClient(name = "svc-organization", contextId = "householdPlace", fallbackFactory = OrganizationFallback.class)
public interface OrganizationClient extends HouseholdPlaceApi {}
