package org.linli.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The relay on real MariaDB and Redis, with writers and relay instances racing each other. */
class OutboxRelayIT extends AbstractEventsIT {

    @Autowired
    EventOutbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JsonMapper json;

    /**
     * Some writers keep their transaction open after the insert, so their rows commit after rows with
     * higher ids and are skipped (locked) by a relay pass that sends the rows around them. The scheduled
     * relay and a second instance calling {@link OutboxRelay#relayOnce} race each other throughout.
     */
    @Test
    void everyEventWrittenWhileRelayingIsSentExactlyOnce() throws Exception {
        int writers = 8;
        int eventsPerWriter = 40;
        Set<String> written = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        List<RuntimeException> relayFailures = new CopyOnWriteArrayList<>();
        Future<?> secondRelay = threads.submit(() -> {
            while (writing.get() || unpublished() > 0) {
                try {
                    relay.relayOnce();
                } catch (RuntimeException e) {
                    // as the scheduled relay does: log, and the next pass tries again
                    relayFailures.add(e);
                }
                pause(1);
            }
        });
        List<Future<?>> writes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            boolean slow = w % 2 == 0;
            writes.add(threads.submit(() -> {
                for (int i = 0; i < eventsPerWriter; i++) {
                    tx.executeWithoutResult(status -> {
                        written.add(outbox.add("relay-it", new TestEvents.ParcelCollected(1)));
                        if (slow) {
                            pause(ThreadLocalRandom.current().nextInt(5, 60));
                        }
                    });
                }
            }));
        }
        for (Future<?> write : writes) {
            write.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished() == 0);
        secondRelay.get(30, TimeUnit.SECONDS);
        threads.shutdown();

        Map<String, Long> sent = redis.opsForStream().range(STREAM, Range.unbounded()).stream()
                .map(r -> json.readValue(String.valueOf(r.getValue().get("event")), EventEnvelope.class)
                        .eventId())
                .filter(written::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(written).hasSize(writers * eventsPerWriter);
        assertThat(written.stream().filter(id -> !sent.containsKey(id)).count())
                .as("events marked published in outbox_event but never sent")
                .isZero();
        assertThat(sent.values().stream().filter(n -> n > 1).count())
                .as("events sent more than once")
                .isZero();
        // a failed pass had already sent its batch when it rolled back: its events go out twice
        assertThat(relayFailures).as("relay passes that failed").isEmpty();
    }

    private long unpublished() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL")
                .query(Long.class)
                .single();
    }
}
