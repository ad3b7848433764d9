package org.linli.organization.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.OrganizationApplication;
import org.linli.testing.Http;
import org.linli.testing.Http.Response;
import org.linli.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** The first system administrator comes from configuration, exactly once. */
class StaffBootstrapIT extends AbstractIT {

    private static final String PASSWORD = "bootstrap-admin-pw";

    @Autowired
    Environment env;

    @Autowired
    StaffAccountService staffAccounts;

    @Test
    void twoInstancesStartingTogetherOnAnEmptyDatabaseCreateOneAdministratorOnce() throws Exception {
        String database = TestInfrastructure.freshDatabase("linli_org_bootstrap_it");
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            // different usernames, as two carelessly configured instances might have:
            // the lock decides, not the unique key. One is typed in full width (a Chinese input
            // method's), which is taken in its normal form like any other username.
            CountDownLatch loggingReady = new CountDownLatch(1);
            CompletableFuture<ConfigurableApplicationContext> first =
                    CompletableFuture.supplyAsync(() -> start(database, "ＡＤＭＩＮ－ｏｎｅ", loggingReady::countDown));
            CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> {
                await(loggingReady);
                return start(database, "admin-two", () -> {});
            });
            instances.add(first.get());
            instances.add(second.get());

            List<Map<String, Object>> staff = staffRows(database);
            assertThat(staff).hasSize(1);
            assertThat(staff.get(0).get("username")).isIn("admin-one", "admin-two");
            assertThat(staff.get(0).get("role")).isEqualTo("SYSTEM_ADMIN");
            assertThat(staff.get(0).get("org_unit_id")).isNull();
            assertThat(staff.get(0).get("org_path")).isEqualTo("/");

            // a restart (the runner again, with yet another name) finds staff and leaves them be
            instances.get(0).getBean(BootstrapAdminRunner.class).run(null);
            assertThat(staffRows(database)).hasSize(1);

            // and however many start at once on an empty database, one administrator results
            execute(database, "DELETE FROM staff_account");
            execute(database, "DELETE FROM account");
            List<CompletableFuture<Boolean>> racing = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                StaffAccountService service = instances.get(i % 2).getBean(StaffAccountService.class);
                String name = "racer-" + i;
                racing.add(CompletableFuture.supplyAsync(() -> service.bootstrapAdmin(name, PASSWORD)));
            }
            assertThat(racing.stream().map(CompletableFuture::join).filter(created -> created))
                    .hasSize(1);
            assertThat(staffRows(database)).hasSize(1);

            String username = (String) staffRows(database).get(0).get("username");
            Http http = new Http("http://localhost:" + port(instances.get(1)));
            Response login =
                    http.post("/api/auth/staff/login", null, Map.of("username", username, "password", PASSWORD));
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.json().get("role").asString()).isEqualTo("SYSTEM_ADMIN");
            assertThat(login.json().has("orgUnitId")).isFalse();
            String token = login.json().get("accessToken").asString();
            assertThat(AbstractStaffIT.claims(token).getStringClaim("org_path")).isEqualTo("/");
            assertThat(http.get("/api/org/units", token).status()).isEqualTo(200);
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
        }
    }

    @Test
    void anUnacceptableBootstrapPasswordStopsTheStartRatherThanBeingUsed() {
        assertThatThrownBy(() -> staffAccounts.bootstrapAdmin("admin", "admin-pw"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("linli.identity.bootstrap-admin.password must be at least 10 characters")
                .hasMessageNotContaining("admin-pw");
        assertThatThrownBy(() -> staffAccounts.bootstrapAdmin("no spaces allowed", "long-enough-password"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bootstrap-admin.username");
        assertThatThrownBy(() -> staffAccounts.bootstrapAdmin("b\u00E4rs-admin", "long-enough-password"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bootstrap-admin.username");
    }

    /**
     * Starts an instance on {@code database}. Logging is set up JVM-wide by each start, and two set-ups at
     * the same moment race on its system properties; {@code loggingDone} lets the second instance begin
     * just after the first has passed that step, so migrations and bootstrap still run side by side.
     */
    private ConfigurableApplicationContext start(String database, String username, Runnable loggingDone) {
        Stream<String> shared = Stream.of(
                        "spring.datasource.username",
                        "spring.datasource.password",
                        "spring.data.redis.url",
                        "linli.pii.encryption-key",
                        "linli.pii.index-key",
                        "linli.security.public-key",
                        "linli.identity.tokens.signing-key")
                .map(p -> "--" + p + "=" + env.getProperty(p, ""));
        Stream<String> own = Stream.of(
                "--spring.datasource.url=" + database,
                "--server.port=0",
                // the test database server is shared with other suites: take few connections
                "--spring.datasource.hikari.maximum-pool-size=3",
                "--linli.identity.bootstrap-admin.username=" + username,
                "--linli.identity.bootstrap-admin.password=" + PASSWORD);
        return new SpringApplicationBuilder(OrganizationApplication.class)
                .listeners((ApplicationListener<ApplicationContextInitializedEvent>) event -> loggingDone.run())
                .run(Stream.concat(shared, own).toArray(String[]::new));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the first instance did not get past its logging set-up");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static void execute(String database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(
                database, TestInfrastructure.mysqlUser(), TestInfrastructure.mysqlPassword())) {
            c.createStatement().execute(sql);
        }
    }

    private static List<Map<String, Object>> staffRows(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        database, TestInfrastructure.mysqlUser(), TestInfrastructure.mysqlPassword());
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT s.username, s.org_path, a.role, a.org_unit_id FROM staff_account s"
                                + " JOIN account a ON a.id = s.account_id")) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                row.put("username", rs.getString(1));
                row.put("org_path", rs.getString(2));
                row.put("role", rs.getString(3));
                row.put("org_unit_id", rs.getObject(4));
                rows.add(row);
            }
            return rows;
        }
    }
}
