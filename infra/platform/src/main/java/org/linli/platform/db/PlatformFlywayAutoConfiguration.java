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
        };
    }
}
