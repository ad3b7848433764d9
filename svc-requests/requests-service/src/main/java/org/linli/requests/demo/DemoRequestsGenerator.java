package org.linli.requests.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.linli.organization.api.lookup.HouseholdPlace;
import org.linli.platform.client.DependencyUnavailable;
import org.linli.platform.client.RemoteProblem;
import org.linli.requests.client.organization.OrganizationClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Makes the demo district's requests (诉求) in every state, through the service's own use cases and at past
 * instants, so that the boards, queues and statistics have something to show. Idempotent: the demo requests
 * already there (counted by their reserved actor accounts, {@link DemoCensus}) are the first cases of the plan,
 * and only the missing ones are added; with as many as asked, nothing is. The homes come from svc-organization
 * (their places, asked with the service's own token), so places, handlers and paths are the demo district's.
 */
@Service
@ConditionalOnProperty(prefix = "linli.demo", name = "requests")
class DemoRequestsGenerator {

    private static final Logger log = LoggerFactory.getLogger(DemoRequestsGenerator.class);
    /** Homes asked of svc-organization: enough to spread the requests over every compound. */
    private static final int SAMPLE = 400;

    private final OrganizationClient households;
    private final DemoRequestWriter writer;
    private final DemoCensus census;
    private final DemoProperties properties;

    DemoRequestsGenerator(
            OrganizationClient households, DemoRequestWriter writer, DemoCensus census, DemoProperties properties) {
        this.households = households;
        this.writer = writer;
        this.census = census;
        this.properties = properties;
    }

    DemoReport generate(int requests) {
        long started = System.nanoTime();
        long existing = census.count();
        int added = 0;
        if (existing < requests) {
            DemoHomes homes = homes();
            log.info("Demo requests: {} there, adding {} from {} homes", existing, requests - existing, homes.size());
            for (int index = (int) existing; index < requests; index++) {
                writer.write(DemoPlan.caseAt(index), homes, Instant.now());
                if (++added % 50 == 0) {
                    log.info("Demo requests: {} of {}", index + 1, requests);
                }
            }
        }
        return census.report(added, Duration.ofNanos(System.nanoTime() - started));
    }

    private DemoHomes homes() {
        List<HouseholdPlace> found = new ArrayList<>();
        for (long id : DemoHomes.sampleIds(properties.firstHousehold(), properties.households(), SAMPLE)) {
            try {
                found.add(households.placeOfHousehold(id));
            } catch (RemoteProblem refused) {
                if (refused.status() != HttpStatus.NOT_FOUND) {
                    throw refused;
                }
            } catch (DependencyUnavailable down) {
                throw new IllegalStateException(
                        "svc-organization does not answer: start it (./dev up does) before the demo requests", down);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("svc-organization knows none of households " + properties.firstHousehold()
                    + " to " + (properties.firstHousehold() + properties.households() - 1)
                    + ": load its demo data first (organization-service --linli.demo.households=...)");
        }
        return new DemoHomes(found);
    }
}
