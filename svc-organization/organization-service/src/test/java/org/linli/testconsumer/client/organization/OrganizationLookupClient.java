package org.linli.testconsumer.client.organization;

import org.linli.organization.api.lookup.PartyMemberLookupApi;
import org.springframework.cloud.openfeign.FeignClient;

/**
 * svc-organization's lookups as a consuming service declares them: the contract from organization-api,
 * the service's name (resolved by Spring Cloud LoadBalancer), and its fallback.
 */
@FeignClient(
        name = "svc-organization",
        contextId = "organizationLookups",
        fallbackFactory = OrganizationLookupFallback.class)
public interface OrganizationLookupClient extends PartyMemberLookupApi {}
