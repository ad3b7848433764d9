package org.linli.organization.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.platform.outbox.EventEnvelope;
import org.linli.platform.outbox.EventStreamConsumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The platform's consumer base on real Redis Streams and MariaDB: at-least-once in, exactly-once effect. */
class EventStreamConsumerIT extends AbstractIT {

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JsonMapper json;

    private final List<String> applied = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    private EventStreamConsumer consumer(String stream) {
        return new EventStreamConsumer(
                stream, "test-" + stream, "worker-1", redis, jdbc, tx, json, Duration.ofMillis(200)) {
            @Override
            protected void handle(EventEnvelope event) {
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException("downstream hiccup");
                }
                applied.add(event.eventId());
            }
        };
    }

    private String publish(String stream, String eventId) {
        EventEnvelope event = new EventEnvelope(eventId, "test.thing-happened", 1, "42", Instant.now(), "{}");
        redis.opsForStream()
                .add(StreamRecords.newRecord().in(stream).ofMap(Map.of("event", json.writeValueAsString(event))));
        return eventId;
    }

    private long pending(String stream) {
        return redis.opsForStream().pending(stream, "test-" + stream).getTotalPendingMessages();
    }

    @Test
    void aRedeliveredEventHasItsEffectOnce() {
        String stream = "linli:test:" + UUID.randomUUID();
        EventStreamConsumer consumer = consumer(stream);
        consumer.pollOnce(Duration.ofMillis(10));
        String id = publish(stream, UUID.randomUUID().toString());
        publish(stream, id);

        consumer.pollOnce(Duration.ofMillis(100));

        assertThat(applied).containsExactly(id);
        assertThat(pending(stream)).as("both deliveries acknowledged").isZero();
    }

    @Test
    void aFailedEventStaysPendingAndIsRetriedLater() throws InterruptedException {
        String stream = "linli:test:" + UUID.randomUUID();
        EventStreamConsumer consumer = consumer(stream);
        consumer.pollOnce(Duration.ofMillis(10));
        failuresLeft.set(1);
        String id = publish(stream, UUID.randomUUID().toString());

        try {
            consumer.pollOnce(Duration.ofMillis(100));
        } catch (IllegalStateException expected) {
            // the handler's failure reaches the polling loop, which logs and polls again
        }
        assertThat(applied).isEmpty();
        assertThat(pending(stream)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processed_event WHERE event_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the dedupe mark rolled back with the failed handler")
                .isZero();

        Thread.sleep(250);
        consumer.pollOnce(Duration.ofMillis(10));

        assertThat(applied).containsExactly(id);
        assertThat(pending(stream)).isZero();
    }
}
