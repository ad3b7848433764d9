package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What browsers get: security headers on every answer, CORS only for the console. */
class SecurityHeadersAndCorsIT extends AbstractGatewayIT {

    private static final String PATH = "/api/org/households/7/party-members";

    @Nested
    class SecurityHeaders {

        @Test
        void aProxiedAnswerCarriesThem() throws Exception {
            assertSecurityHeaders(client.get(PATH, Tokens.communityAdmin()));
        }

        @Test
        void theGatewaysOwnRefusalsCarryThem() throws Exception {
            assertSecurityHeaders(client.get(PATH, null));
            assertSecurityHeaders(client.get("/api/nowhere", Tokens.communityAdmin()));
        }

        @Test
        void aServicesOwnCachingIsKeptAndNotDoubled() throws Exception {
            organization.reply(
                    "/api/org/units/907/exports/",
                    StubUpstream.Reply.json(200, "[]")
                            .withHeader("Cache-Control", "private, max-age=60")
                            .withHeader("X-Frame-Options", "SAMEORIGIN"));

            HttpResponse<String> response =
                    client.get("/api/org/units/907/exports/households", Tokens.communityAdmin());

            assertThat(response.headers().allValues("Cache-Control")).containsExactly("private, max-age=60");
            assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        }

        @Test
        void plainHttpGetsNoHsts() throws Exception {
            assertThat(client.get(PATH, Tokens.communityAdmin()).headers().firstValue("Strict-Transport-Security"))
                    .isEmpty();
        }

        @Test
        void httpsAtATrustedLoadBalancerGetsHsts() throws Exception {
            HttpResponse<String> response = client.send(client.request(PATH)
                    .header("Authorization", "Bearer " + Tokens.communityAdmin())
                    .header("X-Forwarded-Proto", "https"));

            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .hasValue("max-age=31536000; includeSubDomains");
        }

        private void assertSecurityHeaders(HttpResponse<String> response) {
            assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
            assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
            assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        }
    }

    @Nested
    class Cors {

        @Test
        void aPreflightFromTheConsoleIsAnsweredAtTheGateway() throws Exception {
            HttpResponse<String> response = client.send(preflight(CONSOLE));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue(CONSOLE);
            assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                    .get()
                    .asString()
                    .contains("POST");
            assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
                    .get()
                    .asString()
                    .containsIgnoringCase("authorization");
            assertThat(response.headers().firstValue("Access-Control-Allow-Credentials"))
                    .isEmpty();
            assertThat(organization.untouched()).isTrue();
        }

        @Test
        void aPreflightFromAnotherOriginIsRefused() throws Exception {
            HttpResponse<String> response = client.send(preflight("https://evil.example"));

            assertProblem(response, 403, "cors.origin-refused");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
            assertThat(organization.untouched()).isTrue();
        }

        @Test
        void theConsolesCallIsAllowedAndMayReadTheTraceId() throws Exception {
            HttpResponse<String> response = client.send(client.request(PATH)
                    .header("Origin", CONSOLE)
                    .header("Authorization", "Bearer " + Tokens.communityAdmin()));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Access-Control-Allow-Origin"))
                    .containsExactly(CONSOLE);
            assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
                    .get()
                    .asString()
                    .contains("X-Trace-Id")
                    .contains("Retry-After");
        }

        @Test
        void aCallFromAnotherOriginNeverReachesTheService() throws Exception {
            HttpResponse<String> response = client.send(client.request(PATH)
                    .header("Origin", "https://evil.example")
                    .header("Authorization", "Bearer " + Tokens.communityAdmin()));

            assertProblem(response, 403, "cors.origin-refused");
            assertThat(organization.untouched()).isTrue();
        }

        @Test
        void aRequestWithoutOriginIsNotCors() throws Exception {
            HttpResponse<String> response = client.get(PATH, Tokens.communityAdmin());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }

        private HttpRequest.Builder preflight(String origin) {
            return client.request(PATH)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .header(
                            "Access-Control-Request-Headers",
                            String.join(",", List.of("authorization", "content-type")));
        }
    }
}
