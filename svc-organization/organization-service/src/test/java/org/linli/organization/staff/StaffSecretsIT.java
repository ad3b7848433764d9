package org.linli.organization.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.platform.core.token.Role;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;

/**
 * A raw password goes nowhere: not into any table, not into the logs, whatever path it takes. Nor does a
 * display name go into any table in clear.
 */
@ExtendWith(OutputCaptureExtension.class)
class StaffSecretsIT extends AbstractStaffIT {

    @Test
    void rawPasswordsAppearNeitherInTheDatabaseNorInTheLogs(CapturedOutput output) {
        Tree tree = fixtures.tree(0);
        String admin = tokenOf(staff(Role.COMMUNITY_ADMIN, tree.community()));
        String username = uniqueUsername("secret");
        String initial = secret();
        String changed = secret();
        String reset = secret();
        String mistyped = secret();
        String weak = "Wk" + UUID.randomUUID().toString().substring(0, 6);

        long id = http().exchange(
                        HttpMethod.POST,
                        "/api/auth/staff/accounts",
                        admin,
                        Map.of(
                                "username",
                                username,
                                "password",
                                initial,
                                "displayName",
                                "钱秘书",
                                "role",
                                "GRID_WORKER",
                                "orgUnitId",
                                tree.grid().id()),
                        Map.of("Idempotency-Key", "secret-" + System.nanoTime()))
                .id();
        http().post(
                        "/api/auth/staff/accounts",
                        admin,
                        Map.of(
                                "username",
                                uniqueUsername("weak"),
                                "password",
                                weak,
                                "displayName",
                                "弱",
                                "role",
                                "GRID_WORKER",
                                "orgUnitId",
                                tree.grid().id()));
        login(username, mistyped);
        login(mistyped, initial); // a password typed into the username field
        http().post("/api/auth/staff/login", null, "{\"username\":\"" + username + "\",\"password\":\"" + mistyped);
        String token = login(username, initial).json().get("accessToken").asString();
        http().exchange(
                        HttpMethod.PUT,
                        "/api/auth/staff/me/password",
                        token,
                        Map.of("currentPassword", initial, "newPassword", changed),
                        Map.of("Idempotency-Key", "change-" + System.nanoTime()));
        http().put("/api/auth/staff/accounts/" + id + "/password", admin, Map.of("newPassword", reset));
        assertThat(login(username, reset).status()).isEqualTo(200);

        // a display name names a person: ciphertext at rest, masked in responses (which the idempotency store keeps)
        assertThat(rowsContaining("钱秘书"))
                .as("rows holding a display name in clear")
                .isEmpty();
        for (String password : List.of(initial, changed, reset, mistyped, weak)) {
            assertThat(rowsContaining(password))
                    .as("rows holding a raw password")
                    .isEmpty();
            assertThat(output.getAll()).doesNotContain(password);
        }
    }

    private static String secret() {
        return "Pw-" + UUID.randomUUID();
    }

    /** Every text or binary column of every table in the service's database. */
    private List<String> rowsContaining(String value) {
        List<Map<String, Object>> columns =
                jdbc.queryForList("SELECT table_name AS t, column_name AS c FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND data_type IN"
                        + " ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'blob', 'mediumblob', 'longblob')");
        assertThat(columns).hasSizeGreaterThan(20);
        return columns.stream()
                .filter(column -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM `" + column.get("t") + "` WHERE `" + column.get("c")
                                        + "` LIKE CONCAT('%', ?, '%')",
                                Long.class,
                                value)
                        > 0)
                .map(column -> column.get("t") + "." + column.get("c"))
                .toList();
    }
}
