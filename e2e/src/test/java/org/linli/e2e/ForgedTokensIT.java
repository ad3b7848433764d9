package org.linli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import org.springframework.http.HttpMethod;

/** Tokens nobody issued never get past the gateway, and not past a service reached directly either. */
class ForgedTokensIT {

    private static final String PROTECTED = "/api/org/units";
    private static final byte[] FORM_BODY = "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8);

    private final RunningLinli linli = RunningLinli.get();

    @Test
    void aGenuineTokenPasses() {
        Http.Response response = linli.gateway().get(PROTECTED, TestTokens.systemAdmin());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().getFirst("X-Trace-Id")).isNotBlank();
    }

    @Test
    void theServiceTokenEndpointIsNotReachableThroughTheGateway() {
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");

        // in-cluster only: svc-organization answers it directly, the public door has no route to it
        Http.Response direct =
                linli.organizationDirect().exchange(HttpMethod.POST, "/oauth2/token", null, FORM_BODY, form);
        Http.Response viaGateway =
                linli.gateway().exchange(HttpMethod.POST, "/oauth2/token", TestTokens.systemAdmin(), FORM_BODY, form);

        assertThat(direct.status()).isEqualTo(401);
        assertThat(direct.json().get("error").asString()).isEqualTo("invalid_client");
        assertThat(viaGateway.status()).isEqualTo(404);
    }

    @Test
    void noTokenIsRefusedWithAProblem() {
        Http.Response response = linli.gateway().get(PROTECTED, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] genuine = TestTokens.systemAdmin().split("\\.");
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
        String unsigned = header + "." + genuine[1] + ".";

        assertRefusedEverywhere(unsigned);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        assertRefusedEverywhere(TestTokens.signedByStranger(Role.SYSTEM_ADMIN, 1, "/"));
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() {
        String[] resident = TestTokens.resident(77, null).split("\\.");
        String claims = new String(Base64URL.from(resident[1]).decode(), StandardCharsets.UTF_8)
                .replace("\"RESIDENT\"", "\"SYSTEM_ADMIN\"");
        assertThat(claims).contains("SYSTEM_ADMIN");
        String tampered = resident[0] + "." + Base64URL.encode(claims) + "." + resident[2];

        assertRefusedEverywhere(tampered);
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefusedEverywhere(TestTokens.expiredStaff(Role.SYSTEM_ADMIN, 1, "/"));
    }

    @Test
    void identityHeadersSentByAClientChangeNothing() {
        String resident = TestTokens.resident(78, null);
        Map<String, String> spoofed = Map.of(
                "X-User-Id", "1",
                "X-Linli-Roles", "SYSTEM_ADMIN",
                "X-Auth-Request-User", "admin");

        Http.Response response = linli.gateway().exchange(HttpMethod.GET, PROTECTED, resident, null, spoofed);

        assertThat(response.status()).isEqualTo(403);
    }

    private void assertRefusedEverywhere(String token) {
        Http.Response viaGateway = linli.gateway().get(PROTECTED, token);
        assertThat(viaGateway.status()).as("through the gateway").isEqualTo(401);
        assertThat(viaGateway.json().get("status").asInt()).isEqualTo(401);
        Http.Response direct = linli.organizationDirect().get(PROTECTED, token);
        assertThat(direct.status()).as("at the service, reached directly").isEqualTo(401);
    }
}
