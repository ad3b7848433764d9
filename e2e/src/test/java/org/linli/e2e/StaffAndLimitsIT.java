package org.linli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linli.testing.Http;

/** Staff accounts and the gateway's limits, as a console user meets them. */
class StaffAndLimitsIT {

    private static final String PASSWORD = "correct-horse-battery";

    private final RunningLinli linli = RunningLinli.get();

    @Test
    void aStaffMemberCannotCreateAnAccountWiderThanTheirOwn() {
        Client console = linli.client("10.3.0.1");
        String admin = Registry.adminToken(console);
        Registry.Community community = new Registry(console, admin).community();
        String communityAdmin = "ca-" + suffix();
        assertThat(createStaff(console, admin, communityAdmin, "COMMUNITY_ADMIN", community.communityId())
                        .status())
                .isEqualTo(201);
        String token = console.accessToken(
                console.post("/api/auth/staff/login", null, Map.of("username", communityAdmin, "password", PASSWORD)));

        // a higher role over their own street, or their own role again: refused
        Http.Response street = createStaff(console, token, "sa-" + suffix(), "STREET_ADMIN", community.streetId());
        assertThat(street.status()).isIn(403, 404);
        Http.Response peer =
                createStaff(console, token, "peer-" + suffix(), "COMMUNITY_ADMIN", community.communityId());
        assertThat(peer.status()).isEqualTo(403);
        // a grid worker in their own community: fine
        assertThat(createStaff(console, token, "gw-" + suffix(), "GRID_WORKER", community.communityId())
                        .status())
                .isEqualTo(201);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOne() {
        Client console = linli.client("10.3.0.2");
        String admin = Registry.adminToken(console);
        Registry.Community community = new Registry(console, admin).community();
        String username = "locked-" + suffix();
        assertThat(createStaff(console, admin, username, "COMMUNITY_ADMIN", community.communityId())
                        .status())
                .isEqualTo(201);

        for (int attempt = 1; attempt <= 4; attempt++) {
            Http.Response wrong = console.post(
                    "/api/auth/staff/login",
                    null,
                    Map.of("username", username, "password", "wrong-password-" + attempt));
            assertThat(wrong.status()).as("attempt " + attempt).isEqualTo(401);
        }
        // the fifth failure in a row locks the username; whether that answer already says so is the service's call
        Http.Response fifth = console.post(
                "/api/auth/staff/login", null, Map.of("username", username, "password", "wrong-password-5"));
        assertThat(fifth.status()).isIn(401, 423);
        Http.Response locked =
                console.post("/api/auth/staff/login", null, Map.of("username", username, "password", PASSWORD));

        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.json().get("code").asString()).isEqualTo("auth.locked");
        assertThat(Long.parseLong(locked.headers().getFirst("Retry-After"))).isPositive();
    }

    @Test
    void tooManyLoginsFromOneAddressAre429WithRetryAfter() {
        Client guesser = linli.client("10.3.0.3");
        Http.Response last = null;
        for (int attempt = 0; attempt < 11; attempt++) {
            last = guesser.post(
                    "/api/auth/staff/login",
                    null,
                    Map.of("username", "nobody-" + attempt, "password", "guessing-" + attempt));
            if (last.status() == 429) {
                break;
            }
            assertThat(last.status()).isEqualTo(401);
        }

        assertThat(last.status()).isEqualTo(429);
        assertThat(last.json().get("code").asString()).isEqualTo("rate-limited");
        assertThat(Long.parseLong(last.headers().getFirst("Retry-After"))).isPositive();
        // another address is not affected
        Http.Response other = linli.client("10.3.0.4")
                .post("/api/auth/staff/login", null, Map.of("username", "nobody", "password", "guessing"));
        assertThat(other.status()).isEqualTo(401);
    }

    private static Http.Response createStaff(Client client, String token, String username, String role, long unit) {
        return client.post(
                "/api/auth/staff/accounts",
                token,
                Map.of(
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "displayName",
                        "测试员",
                        "role",
                        role,
                        "orgUnitId",
                        unit));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
