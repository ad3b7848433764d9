package org.linli.gateway;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real gateway on a random port in front of a stub svc-organization (and svc-requests), with real Redis, driven
 * over HTTP. Subclasses share one application context (same configuration), so the gateway starts
 * once for all of them. The general rate limits are raised here so that tests of other things never
 * trip them; RateLimitIT tests the limits with its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractGatewayIT {

    static final String CONSOLE = "https://console.linli.test";

    /** One for the whole JVM: every subclass's context routes to it. Its threads are daemons. */
    static final StubUpstream organization = new StubUpstream();

    @LocalServerPort
    int port;

    Client client;

    @DynamicPropertySource
    static void gatewayConfig(DynamicPropertyRegistry registry) {
        registry.add("LINLI_ORG_URL", organization::url);
        // svc-requests' routes too: the stub records which path arrived, whichever service it stands for
        registry.add("LINLI_REQUESTS_URL", organization::url);
        registry.add("linli.gateway.jwt-public-key", Tokens::publicKeyBase64);
        registry.add("spring.data.redis.url", TestRedis::url);
        registry.add("linli.gateway.trusted-proxies", () -> "127.0.0.1/32,::1/128");
        registry.add("linli.gateway.console-origins", () -> CONSOLE);
        registry.add("linli.gateway.rate-limits.user.requests", () -> 1000);
        registry.add("linli.gateway.rate-limits.user.burst", () -> 2000);
        registry.add("linli.gateway.rate-limits.anonymous.requests", () -> 1000);
        registry.add("linli.gateway.rate-limits.anonymous.burst", () -> 2000);
    }

    @BeforeEach
    void freshClientAndUpstream() {
        client = new Client(port, Client.randomAddress());
        organization.forget();
    }

    static void assertProblem(HttpResponse<String> response, int status, String code) {
        ProblemAssert.assertProblem(response, status, code);
    }
}
