package org.linli.platform.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Adds the platform's own migrations (outbox, processed events, idempotency records; versions 0.x, so
 * they run before a service's V1) to every service's Flyway locations.
 */
@AutoConfiguration
@ConditionalOnClass(FlywayConfigurationCustomizer.class)
public class PlatformFlywayAutoConfiguration {

    static final String PLATFORM_LOCATION = "classpath:db/platform";

    @Bean
    FlywayConfigurationCustomizer platformMigrations() {
        return configuration -> {
            List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
            locations.add(new Location(PLATFORM_LOCATION));
            configuration.locations(locations.toArray(Location[]::new));
            // A platform migration added later (0.2) sorts below what a running service already applied
            // (V9): without this, Flyway refuses to start ("resolved migration not applied"). The platform's
            // tables are its own, so applying its newer 0.x after the service's Vn is safe. The price: a
            // service migration merged with a version below one already applied is applied too, not refused.
            configuration.outOfOrder(true);
        };
    }
}
