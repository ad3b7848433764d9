package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.gateway.ProblemAssert.assertProblem;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** svc-organization is down: nothing listens where the routes point. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // a small window so the circuit opens within a test
            "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
            "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
            "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=30s"
        })
class CircuitBreakerIT {

    @LocalServerPort
    int port;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    Client client;

    @DynamicPropertySource
    static void gatewayConfig(DynamicPropertyRegistry registry) {
        registry.add("LINLI_ORG_URL", () -> "http://127.0.0.1:" + ClosedPort.find());
        registry.add("linli.gateway.jwt-public-key", Tokens::publicKeyBase64);
        registry.add("spring.data.redis.url", TestRedis::url);
    }

    @BeforeEach
    void client() {
        client = new Client(port, Client.randomAddress());
    }

    @Test
    void aServiceThatIsDownIsA503NamingItWithRetryAfter() throws Exception {
        HttpResponse<String> response = client.get("/api/auth/me", Tokens.communityAdmin());

        assertProblem(response, 503, "service.unavailable");
        assertThat(response.body()).contains("svc-organization");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
    }

    @Test
    void afterEnoughFailuresTheCircuitOpensAndStillAnswers503() throws Exception {
        String token = Tokens.communityAdmin();
        for (int i = 0; i < 4; i++) {
            assertProblem(client.get("/api/org/households/" + i + "/party-members", token), 503, "service.unavailable");
        }
        CircuitBreaker breaker =
                breakers.getCircuitBreakerRegistry().find("organization").orElseThrow();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        long notPermittedBefore = breaker.getMetrics().getNumberOfNotPermittedCalls();

        HttpResponse<String> response = client.get("/api/org/households/9/party-members", token);

        assertProblem(response, 503, "service.unavailable");
        assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
        // refused by the open circuit without trying the service
        assertThat(breaker.getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(notPermittedBefore + 1);
    }

    @Test
    void eachRouteHasItsOwnBreaker() throws Exception {
        client.get("/api/org/households/1/party-members", Tokens.communityAdmin());
        client.get("/api/auth/me", Tokens.communityAdmin());

        assertThat(breakers.getCircuitBreakerRegistry().find("organization")).isPresent();
        assertThat(breakers.getCircuitBreakerRegistry().find("auth")).isPresent();
    }
}
