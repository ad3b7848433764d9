package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real gateway on a random port in front of a stub svc-organization, driven over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayIT {

    private static final StubUpstream organization = new StubUpstream();
    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gatewayConfig(DynamicPropertyRegistry registry) {
        registry.add("LINLI_ORG_URL", organization::url);
        registry.add("linli.gateway.jwt-public-key", Tokens::publicKeyBase64);
    }

    @AfterAll
    static void stopUpstream() {
        organization.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        organization.forget();
    }

    @Nested
    class Routing {

        @Test
        void organizationPathsReachTheServiceWithTheTokenIntact() throws Exception {
            String token = Tokens.communityAdmin();

            HttpResponse<String> response = get("/api/org/households/7/party-members", "Bearer " + token);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("[{\"memberId\":1}]");
            StubUpstream.Received forwarded = organization.next();
            assertThat(forwarded.path()).isEqualTo("/api/org/households/7/party-members");
            // the service verifies the token again itself
            assertThat(forwarded.headers().getFirst("Authorization")).isEqualTo("Bearer " + token);
        }

        @Test
        void loginIsReachableWithoutAToken() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/auth/login/wechat"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"abc\"}"))
                    .header("Content-Type", "application/json"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(organization.next().path()).isEqualTo("/api/auth/login/wechat");
        }

        @Test
        void otherAuthPathsNeedAToken() throws Exception {
            assertThat(get("/api/auth/me", null).statusCode()).isEqualTo(401);
            assertThat(get("/api/auth/me", "Bearer " + Tokens.communityAdmin()).statusCode())
                    .isEqualTo(200);
        }

        @Test
        void healthIsPublic() throws Exception {
            HttpResponse<String> response = get("/actuator/health", null);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"UP\"");
        }
    }

    @Nested
    class Authentication {

        @Test
        void aRequestWithoutATokenIsRefusedWithAProblem() throws Exception {
            assertRefused(get("/api/org/households/7/party-members", null));
        }

        @Test
        void aTokenSignedByAnotherKeyIsRefused() throws Exception {
            assertRefused(get("/api/org/households/7/party-members", "Bearer " + Tokens.signedByStranger()));
        }

        @Test
        void anExpiredTokenIsRefused() throws Exception {
            assertRefused(get("/api/org/households/7/party-members", "Bearer " + Tokens.expired()));
        }

        @Test
        void aTokenFromAnotherIssuerIsRefused() throws Exception {
            assertRefused(get("/api/org/households/7/party-members", "Bearer " + Tokens.fromOtherIssuer()));
        }

        @Test
        void garbageInTheAuthorizationHeaderIsRefused() throws Exception {
            assertRefused(get("/api/org/households/7/party-members", "Bearer not.a.jwt"));
        }

        private void assertRefused(HttpResponse<String> response) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(response.body()).contains("\"status\":401").contains("\"code\":\"auth.unauthenticated\"");
            assertThat(response.headers().firstValue("X-Trace-Id")).isPresent();
            assertThat(organization.untouched()).isTrue();
        }
    }

    @Nested
    class ForwardedHeaders {

        @Test
        void identityHeadersSentByTheClientNeverReachTheService() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/org/households/7/party-members"))
                    .header("Authorization", "Bearer " + Tokens.communityAdmin())
                    .header("X-User-Id", "1")
                    .header("X-User-Roles", "SYSTEM_ADMIN")
                    .header("x-linli-org-path", "/")
                    .header("X-Forwarded-User", "admin")
                    .header("X-Remote-User", "admin")
                    .header("X-Request-Id", "kept")
                    .GET());

            assertThat(response.statusCode()).isEqualTo(200);
            StubUpstream.Received forwarded = organization.next();
            assertThat(forwarded.headers().keySet())
                    .map(String::toLowerCase)
                    .doesNotContain(
                            "x-user-id", "x-user-roles", "x-linli-org-path", "x-forwarded-user", "x-remote-user")
                    .contains("x-request-id");
        }

        @Test
        void everyRequestGetsATraceIdThatTheClientAndTheServiceBothSee() throws Exception {
            HttpResponse<String> response =
                    get("/api/org/households/7/party-members", "Bearer " + Tokens.communityAdmin());

            assertThat(response.headers().allValues("X-Trace-Id")).hasSize(1);
            String traceId = response.headers().firstValue("X-Trace-Id").orElseThrow();
            assertThat(traceId).matches("[0-9a-f]{32}");
            StubUpstream.Received forwarded = organization.next();
            assertThat(forwarded.headers().getFirst("X-Trace-Id")).isEqualTo(traceId);
            assertThat(forwarded.headers().getFirst("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        }

        @Test
        void anIncomingW3cTraceIsContinuedNotReplaced() throws Exception {
            String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/org/households/7/party-members"))
                    .header("Authorization", "Bearer " + Tokens.communityAdmin())
                    .header("traceparent", traceparent)
                    .GET());

            assertThat(response.headers().firstValue("X-Trace-Id")).hasValue("4bf92f3577b34da6a3ce929d0e0e4736");
            StubUpstream.Received forwarded = organization.next();
            assertThat(forwarded.headers().getFirst("traceparent")).isEqualTo(traceparent);
        }

        @Test
        void aMalformedClientTraceIdIsReplaced() throws Exception {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/org/households/7/party-members"))
                    .header("Authorization", "Bearer " + Tokens.communityAdmin())
                    .header("X-Trace-Id", "<script>")
                    .GET());

            assertThat(response.headers().firstValue("X-Trace-Id"))
                    .get()
                    .asString()
                    .matches("[0-9a-f]{32}");
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
