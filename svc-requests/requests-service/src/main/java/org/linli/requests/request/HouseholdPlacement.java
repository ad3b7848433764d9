package org.linli.requests.request;

import java.util.Optional;
import org.linli.organization.api.lookup.UnitPlace;
import org.linli.platform.client.DependencyUnavailable;
import org.linli.platform.client.RemoteProblem;
import org.linli.platform.error.DomainException;
import org.linli.requests.client.organization.OrganizationClient;
import org.linli.requests.client.organization.UnitPlaceClient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Where a request lies, asked of svc-organization with the caller's own token (relayed by the platform's
 * Feign set-up), so its answer is also the proof that the home is the resident's, or in the staff member's
 * area; in the background, with the service's own token.
 */
@Component
class HouseholdPlacement {

    private final OrganizationClient households;
    private final UnitPlaceClient units;

    HouseholdPlacement(OrganizationClient households, UnitPlaceClient units) {
        this.households = households;
        this.units = units;
    }

    /**
     * The household's org path; empty when svc-organization cannot answer now, since a resident's problem
     * must not wait for the registry: the request is taken unplaced and placed once it is back.
     */
    Optional<String> residentHome(long householdId) {
        try {
            return Optional.of(residentHomeNow(householdId));
        } catch (DependencyUnavailable down) {
            return Optional.empty();
        }
    }

    /** The resident's home's org path, for what cannot wait for it (a neighbour's +1): svc-organization down is 503. */
    String residentHomeNow(long householdId) {
        return pathOf(
                householdId,
                "resident-request.not-your-household",
                "household " + householdId + " is not one of your homes");
    }

    /** A household's org path, for staff recording a request about it; svc-organization down is the caller's 503. */
    String householdInArea(long householdId) {
        return pathOf(
                householdId, "resident-request.outside-your-area", "household " + householdId + " is not in your area");
    }

    private String pathOf(long householdId, String refusedCode, String refusedMessage) {
        try {
            return households.placeOfHousehold(householdId).path();
        } catch (RemoteProblem refused) {
            throw notFoundAs(refused, refusedCode, "householdId", refusedMessage);
        }
    }

    /** A compound's org path, for staff recording a problem in it; svc-organization down is the caller's 503. */
    String compoundPath(long compoundId) {
        UnitPlace unit;
        try {
            unit = units.placeOfUnit(compoundId);
        } catch (RemoteProblem refused) {
            throw notFoundAs(
                    refused,
                    "resident-request.outside-your-area",
                    "compoundId",
                    "compound " + compoundId + " is not in your area");
        }
        if (!"COMPOUND".equals(unit.kind())) {
            throw DomainException.invalid(
                    "resident-request.not-a-compound", "compoundId", "unit " + compoundId + " is a " + unit.kind());
        }
        return unit.path();
    }

    /** Where a request filed about a home lies: the home, or its compound when it is about a common place. */
    static String scopeOf(String householdPath, String place) {
        if (householdPath == null || place == null || place.isBlank()) {
            return householdPath;
        }
        String compound = Level.COMPOUND.unitPath(householdPath);
        return compound != null ? compound : householdPath;
    }

    private static RuntimeException notFoundAs(RemoteProblem refused, String code, String field, String message) {
        if (refused.status() == HttpStatus.NOT_FOUND) {
            return DomainException.invalid(code, field, message);
        }
        return refused;
    }
}
