package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis is down, even at start: the gateway starts, checks revoked sessions against what it knows (in
 * memory), and lets the rate limits fail open (counted, warned), so users keep working while forged
 * tokens are still refused.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "linli.gateway.rate-limits.paths[0].name=login",
            "linli.gateway.rate-limits.paths[0].patterns=/api/auth/wx/login",
            "linli.gateway.rate-limits.paths[0].limit.requests=1",
            "linli.gateway.rate-limits.paths[0].limit.per=60s",
            "linli.gateway.rate-limits.paths[0].limit.burst=1"
        })
class RedisDownIT {

    private static final StubUpstream organization = new StubUpstream();

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    Client client;

    @DynamicPropertySource
    static void gatewayConfig(DynamicPropertyRegistry registry) {
        registry.add("LINLI_ORG_URL", organization::url);
        registry.add("linli.gateway.jwt-public-key", Tokens::publicKeyBase64);
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:" + ClosedPort.find());
    }

    @AfterAll
    static void stopUpstream() {
        organization.close();
    }

    @BeforeEach
    void freshClient() {
        client = new Client(port, Client.randomAddress());
    }

    @Test
    void aTokenWithASessionStillPassesForRevocationsAreCheckedInMemory() throws Exception {
        HttpResponse<String> response = client.get(
                "/api/org/households/7/party-members",
                Tokens.token().session(UUID.randomUUID().toString()).mint());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(meters.find("linli.gateway.fail-open")
                        .tag("check", "revocation")
                        .counter())
                .as("no Redis lookup to skip")
                .isNull();
    }

    @Test
    void limitsAreNotEnforcedAndTheSkipIsCounted() throws Exception {
        double before = skipped("rate-limit");

        for (int i = 0; i < 4; i++) {
            assertThat(client.post("/api/auth/wx/login", null, "{}").statusCode())
                    .isEqualTo(200);
        }

        assertThat(skipped("rate-limit")).isGreaterThanOrEqualTo(before + 4);
    }

    @Test
    void forgedTokensAreStillRefused() throws Exception {
        assertThat(client.get("/api/org/households/7/party-members", Tokens.signedByStranger())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theGatewayReportsHealthyWhileRedisIsDown() throws Exception {
        // Redis is not needed to serve; taking the gateway out of rotation would stop every request
        HttpResponse<String> response = client.get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    private double skipped(String check) {
        Counter counter =
                meters.find("linli.gateway.fail-open").tag("check", check).counter();
        return counter == null ? 0 : counter.count();
    }
}
