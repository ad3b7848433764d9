package org.linli.platform.outbox;

import java.util.UUID;
import org.linli.platform.testsupport.PlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One booted platform (outbox, relay, consumers) on real MariaDB and Redis, shared by the event ITs. */
@SpringBootTest(
        classes = EventsTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"linli.events.relay-interval=20ms", "spring.datasource.hikari.maximum-pool-size=20"})
abstract class AbstractEventsIT {

    /** The relay's stream, new for each run, so entries of an earlier run are never read as this one's. */
    static final String STREAM = "linli:it:events:" + UUID.randomUUID();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformInfrastructure.register(registry);
        registry.add("linli.events.stream", () -> STREAM);
    }
}
