package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Routing, token checks and the headers every request gets. */
class GatewayIT extends AbstractGatewayIT {

    static final String CLIENT_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String CLIENT_SPAN_ID = "00f067aa0ba902b7";
    static final String CLIENT_TRACEPARENT = "00-" + CLIENT_TRACE_ID + "-" + CLIENT_SPAN_ID + "-01";

    @Autowired
    MeterRegistry meters;

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
            HttpResponse<String> response = client.post("/api/auth/wx/login", null, "{\"code\":\"abc\"}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(organization.next().path()).isEqualTo("/api/auth/wx/login");
        }

        @Test
        void otherAuthPathsNeedAToken() throws Exception {
            assertThat(get("/api/auth/me", null).statusCode()).isEqualTo(401);
            assertThat(get("/api/auth/me", "Bearer " + Tokens.communityAdmin()).statusCode())
                    .isEqualTo(200);
        }

        @Test
        void anUnknownPathIsAProblemNotAWhitelabelPage() throws Exception {
            assertProblem(get("/api/nowhere", "Bearer " + Tokens.communityAdmin()), 404, "request.not-found");
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
        void anUnsignedTokenIsRefused() throws Exception {
            assertRefused(get("/api/org/households/7/party-members", "Bearer " + Tokens.unsigned()));
        }

        @Test
        void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() throws Exception {
            assertRefused(get("/api/org/households/7/party-members", "Bearer " + Tokens.tamperedAfterSigning()));
        }

        @Test
        void aTokenFromAnotherIssuerIsRefused() throws Exception {
            assertRefused(get("/api/org/households/7/party-members", "Bearer " + Tokens.fromOtherIssuer()));
        }

        @Test
        void aTokenMeantForAnotherAudienceIsRefused() throws Exception {
            assertRefused(get("/api/org/households/7/party-members", "Bearer " + Tokens.forAnotherAudience()));
        }

        @Test
        void garbageInTheAuthorizationHeaderIsRefused() throws Exception {
            assertRefused(get("/api/org/households/7/party-members", "Bearer not.a.jwt"));
        }

        private void assertRefused(HttpResponse<String> response) {
            assertProblem(response, 401, "auth.unauthenticated");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(organization.untouched()).isTrue();
        }
    }

    @Nested
    class ForwardedHeaders {

        @Test
        void identityHeadersSentByTheClientNeverReachTheService() throws Exception {
            HttpResponse<String> response = client.send(client.request("/api/org/households/7/party-members")
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
    }

    /** Micrometer's W3C trace, told to the client in X-Trace-Id (docs/gateway.md, Trace ids). */
    @Nested
    class TraceIds {

        @Test
        void everyRequestGetsATraceIdThatTheClientAndTheServiceBothSee() throws Exception {
            HttpResponse<String> response =
                    get("/api/org/households/7/party-members", "Bearer " + Tokens.communityAdmin());

            assertThat(response.headers().allValues("X-Trace-Id")).hasSize(1);
            String traceId = response.headers().firstValue("X-Trace-Id").orElseThrow();
            assertThat(traceId).matches("[0-9a-f]{32}");
            // not sampled (no exporter), yet the id travels: sampling decides recording, not ids
            assertThat(organization.next().headers().getFirst("traceparent"))
                    .matches("00-" + traceId + "-[0-9a-f]{16}-00");
        }

        @Test
        void aClientsW3cTraceIsContinuedUnderTheGatewaysOwnSpan() throws Exception {
            HttpResponse<String> response = withTraceparent(CLIENT_TRACEPARENT);

            assertThat(response.headers().allValues("X-Trace-Id")).containsExactly(CLIENT_TRACE_ID);
            String forwarded = organization.next().headers().getFirst("traceparent");
            // the client's sampled flag is kept too (Brave honours a parent's decision): see docs/gateway.md
            assertThat(forwarded)
                    .startsWith("00-" + CLIENT_TRACE_ID + "-")
                    .endsWith("-01")
                    .doesNotContain(CLIENT_SPAN_ID);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01", // W3C demands lower case
                    "00-00000000000000000000000000000000-00f067aa0ba902b7-01", // the all-zero id is invalid
                    "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01", // so is the all-zero span id
                    "00-4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7-01",
                    "00-<script>alert(1)</script>-00f067aa0ba902b7-01"
                })
        void aMalformedTraceparentStartsANewTrace(String traceparent) throws Exception {
            HttpResponse<String> response = withTraceparent(traceparent);

            String traceId = response.headers().firstValue("X-Trace-Id").orElseThrow();
            assertThat(traceId).matches("[0-9a-f]{32}").isNotEqualToIgnoringCase(CLIENT_TRACE_ID);
            assertThat(organization.next().headers().getFirst("traceparent")).startsWith("00-" + traceId + "-");
        }

        @Test
        void anXTraceIdFromTheClientIsNotTakenForTheTrace() throws Exception {
            HttpResponse<String> response = client.send(client.request("/api/org/households/7/party-members")
                    .header("Authorization", "Bearer " + Tokens.communityAdmin())
                    .header("X-Trace-Id", CLIENT_TRACE_ID)
                    .GET());

            assertThat(response.headers().allValues("X-Trace-Id"))
                    .singleElement()
                    .asString()
                    .matches("[0-9a-f]{32}")
                    .isNotEqualTo(CLIENT_TRACE_ID);
        }

        @Test
        void aRefusalCarriesTheClientsTraceToo() throws Exception {
            HttpResponse<String> response = client.send(client.request("/api/org/households/7/party-members")
                    .header("traceparent", CLIENT_TRACEPARENT)
                    .GET());

            assertProblem(response, 401, "auth.unauthenticated");
            assertThat(response.headers().allValues("X-Trace-Id")).containsExactly(CLIENT_TRACE_ID);
            assertThat(organization.untouched()).isTrue();
        }

        private HttpResponse<String> withTraceparent(String traceparent) throws Exception {
            return client.send(client.request("/api/org/households/7/party-members")
                    .header("Authorization", "Bearer " + Tokens.communityAdmin())
                    .header("traceparent", traceparent)
                    .GET());
        }
    }

    @Nested
    class Observations {

        @Test
        void requestsAreTimedWhileSpringSecurityObservesNothing() throws Exception {
            assertThat(get("/api/org/households/7/party-members", "Bearer " + Tokens.communityAdmin())
                            .statusCode())
                    .isEqualTo(200);

            assertThat(meters.find("http.server.requests").timers()).isNotEmpty();
            // no timers per security filter chain, authentication or authorization: SecurityConfig
            // turns them off so that Spring Security does not wrap its filters on the hot path
            assertThat(meters.getMeters())
                    .extracting(meter -> meter.getId().getName())
                    .noneMatch(name -> name.startsWith("spring.security"));
        }
    }

    @Nested
    class Transport {

        @Test
        @EnabledOnOs(
                value = OS.LINUX,
                architectures = {"amd64", "aarch64"})
        void requestsAndRedisRunOnNativeEpoll() throws Exception {
            // the rate limit asks Redis, so Lettuce's event loop is running too
            assertThat(get("/api/org/households/7/party-members", "Bearer " + Tokens.communityAdmin())
                            .statusCode())
                    .isEqualTo(200);

            // Reactor Netty and Lettuce name their threads after the transport they chose
            assertThat(Thread.getAllStackTraces().keySet())
                    .extracting(Thread::getName)
                    .anyMatch(name -> name.startsWith("reactor-http-epoll"))
                    .anyMatch(name -> name.startsWith("lettuce-epollEventLoop"))
                    .noneMatch(name -> name.startsWith("reactor-http-nio"));
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        return client.get(path, authorization == null ? null : authorization.substring("Bearer ".length()));
    }
}
