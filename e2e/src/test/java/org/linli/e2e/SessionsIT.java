package org.linli.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linli.testing.Http;

/**
 * Sessions end everywhere: at the gateway and at svc-organization reached directly, within a second of
 * the logout (each process learns it by subscription and checks in memory).
 */
class SessionsIT {

    private final RunningLinli linli = RunningLinli.get();
    private final Client client = linli.client("10.2.0.1");

    @Test
    void logoutTakesEffectEverywhereWithinASecond() {
        Http.Response login = login();
        String token = client.accessToken(login);
        assertThat(client.get("/api/auth/consent", token).status()).isEqualTo(200);
        assertThat(linli.organizationDirect().get("/api/auth/consent", token).status())
                .isEqualTo(200);

        assertThat(client.post("/api/auth/logout", token, null).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> {
                    assertRevoked(client.get("/api/auth/consent", token));
                    assertRevoked(linli.organizationDirect().get("/api/auth/consent", token));
                });
        Http.Response refresh = client.post(
                "/api/auth/refresh",
                null,
                Map.of("refreshToken", login.json().get("refreshToken").asString()));
        assertThat(refresh.status()).isEqualTo(401);
    }

    @Test
    void reusingASpentRefreshTokenRevokesTheWholeFamily() {
        Http.Response login = login();
        String spent = login.json().get("refreshToken").asString();
        Http.Response rotated = client.post("/api/auth/refresh", null, Map.of("refreshToken", spent));
        assertThat(rotated.status()).isEqualTo(200);
        String current = client.accessToken(rotated);
        assertThat(client.get("/api/auth/consent", current).status()).isEqualTo(200);

        Http.Response replay = client.post("/api/auth/refresh", null, Map.of("refreshToken", spent));

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("code").asString()).isEqualTo("auth.refresh-reused");
        // the session's live access token is refused too, and its newest refresh token is dead
        await().atMost(Duration.ofSeconds(1))
                .untilAsserted(() -> assertRevoked(client.get("/api/auth/consent", current)));
        assertThat(client.post(
                                "/api/auth/refresh",
                                null,
                                Map.of(
                                        "refreshToken",
                                        rotated.json().get("refreshToken").asString()))
                        .status())
                .isEqualTo(401);
    }

    private static void assertRevoked(Http.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("code").asString()).isEqualTo("auth.token-revoked");
    }

    private Http.Response login() {
        String code = "sessions-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response login = client.post("/api/auth/wx/login", null, Map.of("code", code));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return login;
    }
}
