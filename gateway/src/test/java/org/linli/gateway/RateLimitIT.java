package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.gateway.ProblemAssert.assertProblem;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Small limits so they are reached within a test: login 3 at once then one per 20 s (per address),
 * any user 3 at once then one per 10 s. Every test uses a fresh client address and fresh subjects,
 * so buckets left in Redis by earlier runs play no part.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "linli.gateway.trusted-proxies=127.0.0.1/32,::1/128",
            "linli.gateway.rate-limits.user.requests=1",
            "linli.gateway.rate-limits.user.per=10s",
            "linli.gateway.rate-limits.user.burst=3",
            "linli.gateway.rate-limits.anonymous.requests=1",
            "linli.gateway.rate-limits.anonymous.per=10s",
            "linli.gateway.rate-limits.anonymous.burst=3",
            "linli.gateway.rate-limits.paths[0].name=login",
            "linli.gateway.rate-limits.paths[0].patterns=/api/auth/wx/login,/api/auth/staff/login,/api/auth/refresh",
            "linli.gateway.rate-limits.paths[0].limit.requests=1",
            "linli.gateway.rate-limits.paths[0].limit.per=20s",
            "linli.gateway.rate-limits.paths[0].limit.burst=3",
            "linli.gateway.rate-limits.paths[1].name=real-name",
            "linli.gateway.rate-limits.paths[1].patterns=/api/auth/real-name/**",
            "linli.gateway.rate-limits.paths[1].methods=POST",
            "linli.gateway.rate-limits.paths[1].limit.requests=1",
            "linli.gateway.rate-limits.paths[1].limit.per=60s",
            "linli.gateway.rate-limits.paths[1].limit.burst=1"
        })
class RateLimitIT {

    private static final StubUpstream organization = new StubUpstream();

    @LocalServerPort
    int port;

    Client client;

    @DynamicPropertySource
    static void gatewayConfig(DynamicPropertyRegistry registry) {
        registry.add("LINLI_ORG_URL", organization::url);
        registry.add("linli.gateway.jwt-public-key", Tokens::publicKeyBase64);
        registry.add("spring.data.redis.url", TestRedis::url);
    }

    @AfterAll
    static void stopUpstream() {
        organization.close();
    }

    @BeforeEach
    void freshClient() {
        client = new Client(port, Client.randomAddress());
    }

    @Nested
    class Login {

        @Test
        void theBurstPassesThenA429WithRetryAfter() throws Exception {
            for (int i = 0; i < 3; i++) {
                assertThat(client.post("/api/auth/wx/login", null, "{}").statusCode())
                        .isEqualTo(200);
            }

            HttpResponse<String> limited = client.post("/api/auth/wx/login", null, "{}");

            assertProblem(limited, 429, "rate-limited");
            long retryAfter =
                    Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(1L, 20L);
            assertThat(limited.body()).contains("try again in " + retryAfter + " s");
        }

        @Test
        void allLoginPathsShareOneBucket() throws Exception {
            assertThat(client.post("/api/auth/wx/login", null, "{}").statusCode())
                    .isEqualTo(200);
            assertThat(client.post("/api/auth/staff/login", null, "{}").statusCode())
                    .isEqualTo(200);
            assertThat(client.post("/api/auth/refresh", null, "{}").statusCode())
                    .isEqualTo(200);

            assertThat(client.post("/api/auth/staff/login", null, "{}").statusCode())
                    .isEqualTo(429);
        }

        @Test
        void anotherAddressHasItsOwnBucket() throws Exception {
            for (int i = 0; i < 4; i++) {
                client.post("/api/auth/wx/login", null, "{}");
            }
            Client neighbour = new Client(port, Client.randomAddress());

            assertThat(neighbour.post("/api/auth/wx/login", null, "{}").statusCode())
                    .isEqualTo(200);
        }

        @Test
        void addressesTheClientWroteIntoForwardedForDoNotEscapeTheLimit() throws Exception {
            // the client itself claims an address; the trusted proxy (127.0.0.1) appends the real one
            String real = Client.randomAddress();
            for (int i = 0; i < 3; i++) {
                String claimed = Client.randomAddress();
                assertThat(new Client(port, claimed + ", " + real)
                                .post("/api/auth/wx/login", null, "{}")
                                .statusCode())
                        .isEqualTo(200);
            }

            HttpResponse<String> limited =
                    new Client(port, Client.randomAddress() + ", " + real).post("/api/auth/wx/login", null, "{}");

            assertThat(limited.statusCode()).isEqualTo(429);
        }
    }

    @Nested
    class PerUser {

        @Test
        void oneUsersLimitDoesNotTouchAnothers() throws Exception {
            String alice = Tokens.token().subject(Tokens.randomSubject()).mint();
            String bob = Tokens.token().subject(Tokens.randomSubject()).mint();
            for (int i = 0; i < 3; i++) {
                assertThat(client.get("/api/org/households/7/party-members", alice)
                                .statusCode())
                        .isEqualTo(200);
            }
            assertProblem(client.get("/api/org/households/7/party-members", alice), 429, "rate-limited");

            // same address, another user: untouched
            assertThat(client.get("/api/org/households/7/party-members", bob).statusCode())
                    .isEqualTo(200);
        }

        @Test
        void aUserIsCountedWhateverAddressTheyCallFrom() throws Exception {
            String token = Tokens.token().subject(Tokens.randomSubject()).mint();
            for (int i = 0; i < 3; i++) {
                assertThat(new Client(port, Client.randomAddress())
                                .get("/api/org/households/7/party-members", token)
                                .statusCode())
                        .isEqualTo(200);
            }

            assertThat(new Client(port, Client.randomAddress())
                            .get("/api/org/households/7/party-members", token)
                            .statusCode())
                    .isEqualTo(429);
        }

        @Test
        void realNameChecksHaveTheirOwnStricterLimit() throws Exception {
            String token = Tokens.token()
                    .subject(Tokens.randomSubject())
                    .roles("RESIDENT")
                    .mint();

            assertThat(client.post("/api/auth/real-name", token, "{}").statusCode())
                    .isEqualTo(200);
            assertProblem(client.post("/api/auth/real-name", token, "{}"), 429, "rate-limited");
            // reading one's status checks nothing: it counts against the general budget only
            assertThat(client.get("/api/auth/real-name", token).statusCode()).isEqualTo(200);

            // the user's general budget is untouched
            assertThat(client.get("/api/org/households/7/party-members", token).statusCode())
                    .isEqualTo(200);
        }
    }
}
