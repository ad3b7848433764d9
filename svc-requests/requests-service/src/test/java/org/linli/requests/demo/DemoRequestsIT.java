package org.linli.requests.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.linli.requests.AbstractIT;
import org.linli.requests.FakeOrganization;
import org.linli.requests.request.HandlerKind;
import org.linli.requests.request.Level;
import org.linli.requests.request.RequestAction;
import org.linli.requests.request.RequestChannel;
import org.linli.requests.request.RequestLifecycle;
import org.linli.requests.request.RequestStatus;
import org.linli.testing.Http;
import org.linli.testing.TestInfrastructure;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The demo request generator in a service of its own (the properties start it, as {@code ./dev up} does), on its
 * own database, against the fake svc-organization's one home: it ran when the context started.
 */
@TestPropertySource(
        properties = {
            "linli.demo.requests=" + DemoRequestsIT.REQUESTS,
            "linli.demo.first-household=" + FakeOrganization.HOME,
            "linli.demo.households=1"
        })
@ContextConfiguration(initializers = DemoRequestsIT.OwnDatabase.class)
class DemoRequestsIT extends AbstractIT {

    /** Every story once, and a few drawn by weight. */
    static final int REQUESTS = 30;

    static final String ADMIN = TestTokens.systemAdmin();

    /**
     * A database of its own, so that the deadline passes it runs in the past meet no other test's requests. Not a
     * {@code @DynamicPropertySource} (AbstractIT's would win) nor a registrar bean (the data source is made before
     * those apply): a property source put first, after the test's own.
     */
    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "demo-requests-database",
                            Map.of(
                                    "spring.datasource.url",
                                    TestInfrastructure.freshDatabase("linli_requests_demo_it"))));
        }
    }

    @Autowired
    DemoRequestsGenerator generator;

    @Test
    void aSecondRunAddsNothingAndARunAskedForMoreOnlyWhatIsMissing() {
        long made = all().size();
        assertThat(made).isGreaterThanOrEqualTo(REQUESTS);
        DemoReport again = generator.generate(REQUESTS);
        assertThat(again.added()).isZero();
        assertThat(again.total()).isEqualTo(made);
        assertThat(all()).hasSize((int) made);
        // the requests there are the plan's first cases, so it goes on where they end
        assertThat(generator.generate((int) made + 2).added()).isEqualTo(2);
        assertThat(generator.generate((int) made + 2).added()).isZero();
        assertThat(all()).hasSize((int) made + 2);
    }

    @Test
    void everyStatusEveryChannelAndEveryKindOfHandlerShowUp() {
        List<JsonNode> requests = all();
        assertThat(requests.stream()
                        .map(r -> RequestStatus.valueOf(r.get("status").asString())))
                .containsAll(EnumSet.allOf(RequestStatus.class));
        assertThat(requests.stream()
                        .map(r -> RequestChannel.valueOf(r.get("channel").asString()))
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RequestChannel.values());
        assertThat(requests.stream()
                        .filter(r -> r.get("status").asString().equals("ASSIGNED"))
                        .map(r -> HandlerKind.valueOf(r.get("handlerKind").asString()))
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        HandlerKind.PARTY_MEMBER, HandlerKind.PROPERTY, HandlerKind.ORG_UNIT, HandlerKind.VOLUNTEERS);
        Set<Level> escalatedTo = requests.stream()
                .filter(r -> r.get("status").asString().equals("ESCALATED"))
                .map(r -> Level.valueOf(r.get("level").asString()))
                .collect(Collectors.toSet());
        assertThat(escalatedTo).hasSizeGreaterThanOrEqualTo(2);
        assertThat(requests).anyMatch(r -> r.get("overdue").asBoolean());
        assertThat(requests).anyMatch(r -> r.hasNonNull("waitingForResidentSince"));
        assertThat(requests).anyMatch(r -> r.hasNonNull("place"));
        assertThat(requests)
                .filteredOn(r -> r.get("status").asString().equals("MERGED"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(
                                read(r.get("mergedInto").asLong()).get("status").asString())
                        .isNotIn("CLOSED", "REJECTED", "MERGED", "WITHDRAWN"));
    }

    @Test
    void everyTimelineIsTheLifecycleWalkedStepByStepInThePast() {
        Instant now = Instant.now();
        for (JsonNode listed : all()) {
            JsonNode request = read(listed.get("id").asLong());
            List<JsonNode> timeline = new ArrayList<>();
            request.get("timeline").forEach(timeline::add);
            assertThat(timeline.get(0).get("action").asString()).isEqualTo("SUBMIT");
            assertThat(at(timeline.get(0)))
                    .isEqualTo(OffsetDateTime.parse(request.get("submittedAt").asString()));
            RequestStatus status = RequestStatus.SUBMITTED;
            OffsetDateTime previous = at(timeline.get(0));
            for (JsonNode entry : timeline.subList(1, timeline.size())) {
                RequestAction action = RequestAction.valueOf(entry.get("action").asString());
                if (action.isStep()) {
                    status = RequestLifecycle.target(status, action).orElseThrow();
                }
                assertThat(entry.get("status").asString())
                        .as(request.toString())
                        .isEqualTo(status.name());
                assertThat(at(entry)).as(request.toString()).isAfterOrEqualTo(previous);
                previous = at(entry);
            }
            assertThat(request.get("status").asString()).isEqualTo(status.name());
            assertThat(previous.toInstant()).isBefore(now);
            assertThat(at(timeline.get(0)).toInstant()).isAfter(now.minus(Duration.ofDays(92)));
        }
    }

    @Test
    void aClosedRequestWasSubmittedHandledResolvedAndClosedAndThoseTheResidentClosedAreRated() {
        List<JsonNode> closed = all().stream()
                .filter(r -> r.get("status").asString().equals("CLOSED"))
                .map(r -> read(r.get("id").asLong()))
                .toList();
        assertThat(closed).hasSizeGreaterThanOrEqualTo(6);
        for (JsonNode request : closed) {
            List<String> actions = new ArrayList<>();
            request.get("timeline")
                    .forEach(step -> actions.add(step.get("action").asString()));
            assertThat(actions)
                    .as(request.toString())
                    .containsSubsequence("SUBMIT", "ACCEPT", "ASSIGN", "START", "RESOLVE", "CLOSE")
                    .endsWith("CLOSE");
            JsonNode close = request.get("timeline").get(actions.size() - 1);
            if (close.get("by").asString().equals("SYSTEM")) {
                assertThat(request.hasNonNull("rating")).isFalse();
            } else {
                assertThat(request.get("rating").get("score").asInt()).isBetween(1, 5);
                assertThat(request.get("rating").get("comment").asString()).isNotBlank();
            }
        }
        assertThat(closed).as("one closed itself").anyMatch(r -> !r.hasNonNull("rating"));
    }

    @Test
    void staffOfThePlaceSeeThemOthersDoNotAndTheResidentSeesTheirOwn() {
        String community = TestTokens.staff(Role.COMMUNITY_ADMIN, 3, "/1/2/3/");
        assertThat(total("/api/requests?size=1", community)).isEqualTo(all().size());
        String elsewhere = TestTokens.staff(Role.COMMUNITY_ADMIN, 5, "/1/2/5/");
        assertThat(total("/api/requests?size=1", elsewhere)).isZero();
        long filedByResidents = all().stream()
                .filter(r -> r.get("channel").asString().equals("MINI_PROGRAM"))
                .count();
        String resident = TestTokens.resident(DemoArea.RESIDENTS + FakeOrganization.HOME, null);
        assertThat(total("/api/requests/mine?size=1", resident)).isEqualTo(filedByResidents);
        String member = TestTokens.partyMember(9_000_001, FakeOrganization.MEMBER_PERSON);
        assertThat(total("/api/requests/dispatched-to-me?size=1", member)).isPositive();
    }

    private List<JsonNode> all() {
        Http.Response page = http().get("/api/requests?size=100", ADMIN);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        page.json().get("items").forEach(items::add);
        return items;
    }

    private JsonNode read(long id) {
        Http.Response read = http().get("/api/requests/" + id, ADMIN);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.json();
    }

    private long total(String path, String token) {
        Http.Response page = http().get(path, token);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("total").asLong();
    }

    private static OffsetDateTime at(JsonNode step) {
        return OffsetDateTime.parse(step.get("at").asString());
    }
}
