package org.linli.requests.client.organization;

import org.linli.organization.api.lookup.UnitPlaceApi;
import org.springframework.cloud.openfeign.FeignClient;

/** svc-organization, as staff recording a compound's problem call it: where the compound lies. */
@FeignClient(name = "svc-organization", contextId = "unitPlace", fallbackFactory = UnitPlaceFallback.class)
public interface UnitPlaceClient extends UnitPlaceApi {}
