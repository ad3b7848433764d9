package org.linli.requests.request;

import java.util.Optional;
import org.linli.platform.client.DependencyUnavailable;
import org.linli.platform.client.RemoteProblem;
import org.linli.platform.error.DomainException;
import org.linli.requests.client.organization.OrganizationClient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Where the home a resident files about lies, asked of svc-organization with the resident's own token
 * (relayed by the platform's Feign set-up), so its answer is also the proof that the home is theirs.
 */
@Component
class HouseholdPlacement {

    private final OrganizationClient organization;

    HouseholdPlacement(OrganizationClient organization) {
        this.organization = organization;
    }

    /**
     * The household's org path; empty when svc-organization cannot answer now, since a resident's problem
     * must not wait for the registry: the request is taken unplaced and placed once it is back.
     */
    Optional<String> pathOf(long householdId) {
        try {
            return Optional.of(organization.placeOfHousehold(householdId).path());
        } catch (RemoteProblem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND) {
                throw DomainException.invalid(
                        "resident-request.not-your-household",
                        "householdId",
                        "household " + householdId + " is not one of your homes");
            }
            throw refused;
        } catch (DependencyUnavailable down) {
            return Optional.empty();
        }
    }
}
