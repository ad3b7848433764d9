package org.linli.platform.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessages;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base for a consumer of another service's (or our own) event stream, in a consumer group.
 * Delivery is at-least-once; the effect is exactly-once because the event id is recorded in
 * {@code processed_event} in the same transaction as {@link #handle}. The entry is acknowledged only
 * after that transaction commits; entries left pending by a crashed consumer are claimed again once
 * idle for {@code reclaimAfter}.
 */
public abstract class EventStreamConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventStreamConsumer.class);

    private final String stream;
    private final String group;
    private final String consumerName;
    private final StringRedisTemplate redis;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Duration reclaimAfter;
    private volatile ExecutorService loop;

    protected EventStreamConsumer(
            String stream,
            String group,
            String consumerName,
            StringRedisTemplate redis,
            JdbcClient jdbc,
            TransactionTemplate tx,
            JsonMapper json,
            Duration reclaimAfter) {
        this.stream = stream;
        this.group = group;
        this.consumerName = consumerName;
        this.redis = redis;
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.reclaimAfter = reclaimAfter;
    }

    /** Applies one event. Runs inside a transaction; throw to have it redelivered later. */
    protected abstract void handle(EventEnvelope event);

    /** Reads, applies and acknowledges what is available (waiting up to {@code block}); returns how many. */
    public int pollOnce(Duration block) {
        ensureGroup();
        int handled = 0;
        for (MapRecord<String, Object, Object> record : reclaimStuck()) {
            handled += process(record);
        }
        List<MapRecord<String, Object, Object>> fresh = redis.opsForStream()
                .read(
                        Consumer.from(group, consumerName),
                        StreamReadOptions.empty().count(100).block(block),
                        StreamOffset.create(stream, ReadOffset.lastConsumed()));
        if (fresh != null) {
            for (MapRecord<String, Object, Object> record : fresh) {
                handled += process(record);
            }
        }
        return handled;
    }

    private int process(MapRecord<String, Object, Object> record) {
        EventEnvelope event = json.readValue(String.valueOf(record.getValue().get("event")), EventEnvelope.class);
        Boolean applied = tx.execute(status -> {
            try {
                jdbc.sql("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)")
                        .params(group, event.eventId(), Timestamp.from(Instant.now()))
                        .update();
            } catch (DuplicateKeyException alreadyApplied) {
                return false;
            }
            handle(event);
            return true;
        });
        redis.opsForStream().acknowledge(stream, group, record.getId());
        return Boolean.TRUE.equals(applied) ? 1 : 0;
    }

    private List<MapRecord<String, Object, Object>> reclaimStuck() {
        PendingMessages pending = redis.opsForStream().pending(stream, group, Range.unbounded(), 100);
        RecordId[] idle = pending.stream()
                .filter(p -> p.getElapsedTimeSinceLastDelivery().compareTo(reclaimAfter) >= 0)
                .map(p -> p.getId())
                .toArray(RecordId[]::new);
        if (idle.length == 0) {
            return List.of();
        }
        return redis.opsForStream().claim(stream, group, consumerName, reclaimAfter, idle);
    }

    private void ensureGroup() {
        try {
            redis.opsForStream().createGroup(stream, ReadOffset.from("0"), group);
        } catch (RedisSystemException e) {
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) {
                throw e;
            }
        }
    }

    @Override
    public void start() {
        loop = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "events-" + group);
            t.setDaemon(true);
            return t;
        });
        loop.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    pollOnce(Duration.ofSeconds(1));
                } catch (RuntimeException e) {
                    log.warn("Event consumer {} will retry: {}", group, e.getMessage());
                    sleepQuietly();
                }
            }
        });
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (loop != null) {
            loop.shutdownNow();
            loop = null;
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }
}
