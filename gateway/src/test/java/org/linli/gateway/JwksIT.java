package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.gateway.ProblemAssert.assertProblem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** No public key configured: the gateway verifies against svc-organization's published key set. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwksIT {

    private static final StubUpstream organization = new StubUpstream();

    static {
        organization.reply("/api/auth/jwks", StubUpstream.Reply.json(200, Tokens.jwkSetJson()));
    }

    @LocalServerPort
    int port;

    Client client;

    @DynamicPropertySource
    static void gatewayConfig(DynamicPropertyRegistry registry) {
        registry.add("LINLI_ORG_URL", organization::url);
        registry.add("linli.gateway.jwt-public-key", () -> "");
        registry.add("linli.gateway.jwk-set-uri", () -> organization.url() + "/api/auth/jwks");
        registry.add("spring.data.redis.url", TestRedis::url);
    }

    @AfterAll
    static void stopUpstream() {
        organization.close();
    }

    @BeforeEach
    void freshClient() {
        client = new Client(port, Client.randomAddress());
        organization.forget();
    }

    @Test
    void aTokenSignedWithAPublishedKeyPasses() throws Exception {
        assertThat(client.get("/api/org/households/7/party-members", Tokens.communityAdmin())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        assertProblem(
                client.get("/api/org/households/7/party-members", Tokens.signedByStranger()),
                401,
                "auth.unauthenticated");
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        assertProblem(
                client.get("/api/org/households/7/party-members", Tokens.unsigned()), 401, "auth.unauthenticated");
    }
}
