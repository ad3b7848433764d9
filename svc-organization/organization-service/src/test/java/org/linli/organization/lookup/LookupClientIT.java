package org.linli.organization.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linli.organization.ServiceClientsForTests.REQUESTS;

import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.ConnectException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.Residents;
import org.linli.organization.api.lookup.LinkedHousehold;
import org.linli.organization.api.lookup.ResponsibleMember;
import org.linli.organization.household.TieRelation;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.platform.client.DependencyUnavailable;
import org.linli.platform.client.RemoteProblem;
import org.linli.testconsumer.FlakyServer;
import org.linli.testconsumer.LookupConsumerApplication;
import org.linli.testconsumer.OrganizationProxy;
import org.linli.testconsumer.client.flaky.FlakyClient;
import org.linli.testconsumer.client.organization.OrganizationLookupClient;
import org.linli.testing.Http;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.linli.testing.TestInfrastructure;
import org.linli.testing.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

/**
 * Another service calls the lookups through the platform's client set-up, against the real
 * svc-organization: a consumer application of its own ({@code org.linli.testconsumer}, configured by
 * {@code lookup-consumer.yml}) with a {@code @FeignClient} on the organization-api contract. Between
 * them sits {@link OrganizationProxy}, which counts the calls that reach svc-organization and can fail
 * or vanish; {@link FlakyServer} is a remote whose failures the test scripts.
 */
class LookupClientIT extends AbstractIT {

    private static final String LOOKUP = "/api/org/households/%d/party-members";

    private static ConfigurableApplicationContext consumer;
    private static OrganizationProxy proxy;
    private static FlakyServer flaky;

    private OrganizationLookupClient lookups;
    private CircuitBreaker breaker;

    @BeforeEach
    void consumer() {
        if (consumer == null) {
            start("http://localhost:" + port);
        }
        proxy.up();
        proxy.failing(false);
        proxy.reset();
        flaky.reset();
        flaky.failFirst(0);
        consumer.getBean(CircuitBreakerRegistry.class).getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        lookups = consumer.getBean(OrganizationLookupClient.class);
        breaker = consumer.getBean(CircuitBreakerRegistry.class).circuitBreaker("svc-organization");
    }

    private static void start(String organization) {
        proxy = new OrganizationProxy(organization);
        proxy.start(0);
        flaky = new FlakyServer();
        flaky.start(0);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.config.name", "lookup-consumer");
        properties.put("server.port", "0");
        properties.put("linli.test.organization-url", proxy.url());
        properties.put("linli.test.flaky-url", flaky.url());
        properties.put("linli.test.client-secret", REQUESTS.secret());
        properties.put("linli.security.public-key", TestTokens.publicKeyBase64());
        // a real consumer has its own database and Redis, as this one does
        properties.put("spring.datasource.url", TestInfrastructure.freshDatabase("linli_consumer_it"));
        properties.put("spring.datasource.username", TestInfrastructure.mysqlUser());
        properties.put("spring.datasource.password", TestInfrastructure.mysqlPassword());
        properties.put(
                "spring.data.redis.url", TestInfrastructure.redisUrl() + "/" + TestInfrastructure.freshRedisDatabase());
        consumer = new SpringApplicationBuilder(LookupConsumerApplication.class)
                .properties(properties)
                .run();
    }

    @AfterAll
    static void stop() {
        if (consumer != null) {
            consumer.close();
            proxy.close();
            flaky.close();
            consumer = null;
        }
    }

    @Nested
    class InTheBackground {

        @Test
        void theConsumerFetchesAServiceTokenOnceAndSeesEveryScope() {
            Tree tree = fixtures.tree(1);
            long household = tree.households()[0];
            PartyMemberView member = assignedMember(tree, household, "龚卫东");
            consumer.getBean(OAuth2AuthorizedClientService.class).removeAuthorizedClient("linli", "linli-service");

            List<ResponsibleMember> members = lookups.partyMembersOfHousehold(household);
            List<LinkedHousehold> households = lookups.householdsOfPartyMember(member.id());

            assertThat(members).extracting(ResponsibleMember::memberId).containsExactly(member.id());
            assertThat(households).extracting(LinkedHousehold::householdId).containsExactly(household);
            assertThat(proxy.calls("/oauth2/token"))
                    .as("the token is kept, not fetched per call")
                    .isEqualTo(1);
            String sent =
                    proxy.lastRequest(LOOKUP.formatted(household)).headers().get("authorization");
            assertThat(Residents.claims(sent.substring("Bearer ".length())).getClaim("client_id"))
                    .isEqualTo("requests");
        }

        @Test
        void aRemote404IsTheRemotesAnswerAndNeverOpensTheBreaker() {
            for (int i = 0; i < 6; i++) {
                assertThatThrownBy(() -> lookups.partyMembersOfHousehold(987_654_321L))
                        .isInstanceOfSatisfying(RemoteProblem.class, e -> {
                            assertThat(e.status().value()).isEqualTo(404);
                            assertThat(e.code()).isEqualTo("household.not-found");
                        });
            }

            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(breaker.getMetrics().getNumberOfBufferedCalls()).isEqualTo(4);
            assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
            assertThat(proxy.calls(LOOKUP.formatted(987_654_321L)))
                    .as("a 404 is not retried")
                    .isEqualTo(6);
        }
    }

    @Nested
    class ForAUser {

        @Test
        void theConsumerRelaysTheUsersTokenSoOrganizationAnswersForThatUser() {
            Tree tree = fixtures.tree(2);
            long home = tree.households()[0];
            long neighbour = tree.households()[1];
            PartyMemberView member = assignedMember(tree, home, "符建平");
            fixtures.link(neighbour, member.id());
            String resident = TestTokens.resident(
                    910_000 + home, residents.onRoster(home, "蒙丽", IdNumbers.next(), TieRelation.OWNER));

            Response mine = consumerHttp().get("/api/consumer/households/" + home + "/party-members", resident);
            Response theirs = consumerHttp().get("/api/consumer/households/" + neighbour + "/party-members", resident);

            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.json().get(0).get("memberId").asLong()).isEqualTo(member.id());
            assertThat(proxy.lastRequest(LOOKUP.formatted(home)).headers().get("authorization"))
                    .isEqualTo("Bearer " + resident);
            // the service's own token would have seen the neighbour's household: it was not used
            assertThat(theirs.status()).isEqualTo(404);
            assertThat(theirs.json().get("code").asString()).isEqualTo("household.not-found");
        }

        @Test
        void theCallJoinsTheTraceOfTheRequestItIsMadeFor() {
            Tree tree = fixtures.tree(1);
            long home = tree.households()[0];
            String resident = TestTokens.resident(
                    920_000 + home, residents.onRoster(home, "甘慧", IdNumbers.next(), TieRelation.OWNER));
            String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";

            Response answer = consumerHttp()
                    .exchange(
                            HttpMethod.GET,
                            "/api/consumer/households/" + home + "/party-members",
                            resident,
                            null,
                            Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-00"));

            assertThat(answer.status()).isEqualTo(200);
            // gateway -> service -> Feign: the remote call carries the same trace in its own span
            String sent = proxy.lastRequest(LOOKUP.formatted(home)).headers().get("traceparent");
            assertThat(sent).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");
        }
    }

    @Nested
    class WhenOrganizationFails {

        @Test
        void theBreakerOpensAfterTheConfiguredFailuresAndThenSparesOrganization() {
            Tree tree = fixtures.tree(1);
            long household = tree.households()[0];
            lookups.partyMembersOfHousehold(household); // the token is fetched while all is well
            breaker.reset();
            proxy.reset();
            proxy.failing(true);
            // lookup-consumer.yml's instance settings, on top of the platform's defaults
            assertThat(breaker.getCircuitBreakerConfig().getMinimumNumberOfCalls())
                    .isEqualTo(4);

            for (int call = 1; call <= 4; call++) {
                assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
                assertThatThrownBy(() -> lookups.partyMembersOfHousehold(household))
                        .isInstanceOf(DependencyUnavailable.class)
                        .hasCauseInstanceOf(RetryableException.class);
            }
            // three attempts per call, one failure per call for the breaker: retries run inside it
            assertThat(proxy.calls(LOOKUP.formatted(household))).isEqualTo(12);
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);

            for (int call = 1; call <= 3; call++) {
                assertThatThrownBy(() -> lookups.partyMembersOfHousehold(household))
                        .isInstanceOfSatisfying(DependencyUnavailable.class, e -> assertThat(e.service())
                                .isEqualTo("svc-organization"))
                        .hasCauseInstanceOf(CallNotPermittedException.class);
            }
            assertThat(proxy.calls(LOOKUP.formatted(household)))
                    .as("no call while open")
                    .isEqualTo(12);
        }

        @Test
        void unreachableOrganizationIsA503ForThePersonWaiting() {
            Tree tree = fixtures.tree(1);
            long household = tree.households()[0];
            String resident = TestTokens.resident(
                    920_000 + household, residents.onRoster(household, "韦思远", IdNumbers.next(), TieRelation.OWNER));
            proxy.down();

            assertThatThrownBy(() -> lookups.partyMembersOfHousehold(household))
                    .isInstanceOf(DependencyUnavailable.class)
                    .hasRootCauseInstanceOf(ConnectException.class);
            Response answer = consumerHttp().get("/api/consumer/households/" + household + "/party-members", resident);

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.json().get("code").asString()).isEqualTo("dependency.unavailable");
            assertThat(answer.json().get("detail").asString()).contains("svc-organization");
            assertThat(answer.headers().getFirst("Retry-After")).isEqualTo("10");
        }
    }

    @Nested
    class Retries {

        @Test
        void aReadThatFailsTransientlyIsRetried() {
            FlakyClient client = consumer.getBean(FlakyClient.class);
            flaky.failFirst(2);

            assertThat(client.read()).isEqualTo("ok");
            assertThat(flaky.calls("/flaky/read")).isEqualTo(3);
        }

        @Test
        void aWriteIsNotRetriedUnlessItCarriesAnIdempotencyKey() {
            FlakyClient client = consumer.getBean(FlakyClient.class);
            flaky.failFirst(2);

            assertThatThrownBy(client::write).isInstanceOf(DependencyUnavailable.class);
            assertThat(flaky.calls("/flaky/write")).isEqualTo(1);

            flaky.reset();
            flaky.failFirst(2);
            assertThat(client.write("key-1")).isEqualTo("ok");
            assertThat(flaky.calls("/flaky/write")).isEqualTo(3);
        }

        @Test
        void eachClientWaitsOnlyItsOwnReadTimeout() {
            FlakyClient client = consumer.getBean(FlakyClient.class);
            flaky.delay(Duration.ofSeconds(2));
            long started = System.nanoTime();

            assertThatThrownBy(client::read).isInstanceOf(DependencyUnavailable.class);

            // flaky's read-timeout is 300 ms: three attempts and two pauses, not 3 x the 2 s default
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
            assertThat(flaky.calls("/flaky/read")).isEqualTo(3);
        }
    }

    @Nested
    class ClientCredentials {

        @Test
        void organizationRefusesAWrongSecretAndAGrantTheClientWasNotRegisteredWith() {
            OAuth2AuthorizedClientManager tokens = consumer.getBean(OAuth2AuthorizedClientManager.class);

            assertThatThrownBy(() -> tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("wrong-secret")
                            .principal("test")
                            .build()))
                    .isInstanceOf(OAuth2AuthorizationException.class)
                    .hasMessageContaining("401");
            assertThatThrownBy(() -> tokens.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("greedy")
                            .principal("test")
                            .build()))
                    .isInstanceOfSatisfying(
                            OAuth2AuthorizationException.class,
                            e -> assertThat(e.getError().getErrorCode()).isEqualTo("invalid_scope"));
        }
    }

    private Http consumerHttp() {
        int consumerPort =
                ((WebServerApplicationContext) consumer).getWebServer().getPort();
        return new Http("http://localhost:" + consumerPort);
    }

    private PartyMemberView assignedMember(Tree tree, long household, String name) {
        PartyMemberView member = fixtures.member(fixtures.compoundBranch(tree), name);
        fixtures.link(household, member.id());
        return member;
    }
}
