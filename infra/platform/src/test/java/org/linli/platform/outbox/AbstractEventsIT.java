package org.linli.platform.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.linli.platform.testsupport.PlatformInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** One booted platform (outbox, relay, consumers) on real MariaDB and Redis, shared by the event ITs. */
@SpringBootTest(
        classes = EventsTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.application.name=events-it",
            "spring.datasource.hikari.maximum-pool-size=20",
            "linli.events.relay-interval=20ms",
            // short enough for tests to watch retries, back-off and reclaiming happen
            "linli.events.consumer.max-deliveries=3",
            "linli.events.consumer.retry-delay=100ms",
            "linli.events.consumer.reclaim-after=700ms",
            "linli.events.consumer.block=100ms",
            "management.tracing.sampling.probability=1.0"
        })
abstract class AbstractEventsIT {

    /** Stream keys are new for each run, so entries of an earlier run are never read as this one's. */
    private static final Set<String> KEYS = ConcurrentHashMap.newKeySet();

    static final String STREAM = key("linli:it:events:");
    static final String DEAD_LETTERS = key("linli:it:dead-letters:");

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformInfrastructure.register(registry);
        registry.add("linli.events.stream", () -> STREAM);
        registry.add("linli.events.dead-letters.stream", () -> DEAD_LETTERS);
    }

    static String key(String prefix) {
        String key = prefix + UUID.randomUUID();
        KEYS.add(key);
        return key;
    }

    @AfterAll
    static void removeStreams(@Autowired StringRedisTemplate redis) {
        redis.delete(KEYS);
    }

    /** Puts an event on {@code stream} as a relay would; returns its id. */
    String publish(String stream, String type, int schemaVersion, String payload) {
        String eventId = UUID.randomUUID().toString();
        publish(stream, new EventEnvelope(eventId, type, schemaVersion, "7", Instant.now(), payload, null));
        return eventId;
    }

    void publish(String stream, EventEnvelope envelope) {
        redis.opsForStream().add(stream, Map.of("event", json.writeValueAsString(envelope)));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
