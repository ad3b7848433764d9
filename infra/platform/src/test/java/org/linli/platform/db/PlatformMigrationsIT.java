package org.linli.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.linli.platform.testsupport.PlatformInfrastructure;

/**
 * A platform migration released after a service went live (0.2 after the service's V1 ran) is applied
 * when the service next starts, instead of Flyway refusing to start it.
 */
class PlatformMigrationsIT {

    private static final String SERVICE = "classpath:db/service-it";

    @Test
    void aLaterPlatformMigrationIsAppliedToADatabaseAlreadyPastIt() throws Exception {
        String[] db = PlatformInfrastructure.freshDatabase("linli_platform_flyway_it");
        // what a service deployed before 0.2 existed had applied: the platform's 0.1, then its own V1
        Flyway.configure()
                .dataSource(db[0], db[1], db[2])
                .locations(PlatformFlywayAutoConfiguration.PLATFORM_LOCATION, SERVICE)
                .target("0.1")
                .load()
                .migrate();
        Flyway.configure()
                .dataSource(db[0], db[1], db[2])
                .locations(SERVICE)
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
        assertThat(columnExists(db, "outbox_event", "traceparent")).isFalse();

        // the next start, with the platform's newer migrations and its customizer, as Boot would do it
        FluentConfiguration next =
                Flyway.configure().dataSource(db[0], db[1], db[2]).locations(SERVICE);
        new PlatformFlywayAutoConfiguration().platformMigrations().customize(next);
        next.load().migrate();

        assertThat(columnExists(db, "outbox_event", "traceparent")).isTrue();
        assertThat(next.load().info().pending()).isEmpty();
    }

    private static boolean columnExists(String[] db, String table, String column) throws Exception {
        try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]);
                ResultSet columns = c.getMetaData().getColumns(c.getCatalog(), null, table, column)) {
            return columns.next();
        }
    }
}
