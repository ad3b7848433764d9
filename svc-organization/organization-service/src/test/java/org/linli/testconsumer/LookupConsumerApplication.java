package org.linli.testconsumer;

import java.util.List;
import org.linli.organization.api.lookup.ResponsibleMember;
import org.linli.testconsumer.client.organization.OrganizationLookupClient;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for a service that calls svc-organization (svc-requests, next): the platform's
 * auto-configuration, Feign clients in {@code client/<service>/} packages, and one endpoint that
 * calls the lookups for the person who called it. Its configuration is {@code lookup-consumer.yml}.
 */
@SpringBootApplication
@EnableFeignClients
public class LookupConsumerApplication {

    @RestController
    static class HomeScreen {

        private final OrganizationLookupClient organization;

        HomeScreen(OrganizationLookupClient organization) {
            this.organization = organization;
        }

        /** What a resident's home screen shows: who looks after their household, asked with their token. */
        @GetMapping("/api/consumer/households/{householdId}/party-members")
        List<ResponsibleMember> responsibleMembers(@PathVariable long householdId) {
            return organization.partyMembersOfHousehold(householdId);
        }
    }
}
