package org.linli.platform.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves committed outbox rows onto the service's Redis Stream. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances share the work, and exactly the rows sent are
 * marked published; a crash between XADD and the commit publishes twice, which consumers absorb by
 * deduplicating on the event id.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcClient jdbc;
    private final StringRedisTemplate redis;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final EventsProperties props;
    private ScheduledExecutorService scheduler;
    private volatile boolean failing;

    public OutboxRelay(
            JdbcClient jdbc,
            StringRedisTemplate redis,
            TransactionTemplate tx,
            JsonMapper json,
            EventsProperties props) {
        this.jdbc = jdbc;
        this.redis = redis;
        // Record locks only. Under REPEATABLE READ the locking select also locks the gaps it scanned,
        // and business transactions inserting into them deadlock with the relay (OutboxRelayIT).
        this.tx = new TransactionTemplate(tx.getTransactionManager());
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.json = json;
        this.props = props;
    }

    /** Publishes one batch; returns how many events went out. */
    public int relayOnce() {
        Integer sent = tx.execute(status -> {
            List<Row> rows = jdbc.sql(
                            "SELECT id, event_id, event_type, schema_version, aggregate_id, payload, occurred_at,"
                                    + " traceparent FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT ?"
                                    + " FOR UPDATE SKIP LOCKED")
                    .param(props.relayBatch())
                    .query((rs, n) -> new Row(
                            rs.getLong(1),
                            new EventEnvelope(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getInt(4),
                                    rs.getString(5),
                                    rs.getTimestamp(7).toInstant(),
                                    rs.getString(6),
                                    rs.getString(8))))
                    .list();
            for (Row row : rows) {
                MapRecord<String, String, String> record = StreamRecords.newRecord()
                        .in(props.stream())
                        .ofMap(Map.of("event", json.writeValueAsString(row.envelope())));
                redis.opsForStream()
                        .add(record, XAddOptions.maxlen(props.streamMaxLength()).approximateTrimming(true));
            }
            if (!rows.isEmpty()) {
                // exactly the rows sent: a range would also catch a row that was still uncommitted (so
                // skipped above) when selected, and commits before this update reaches it
                jdbc.sql("UPDATE outbox_event SET published_at = :at WHERE id IN (:ids)")
                        .param("at", Timestamp.from(Instant.now()))
                        .param("ids", rows.stream().map(Row::id).toList())
                        .update();
            }
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    private void tick() {
        try {
            while (relayOnce() == props.relayBatch()) {
                // a full batch means more are waiting
            }
            if (failing) {
                log.info("Outbox relay recovered");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                // events stay in the outbox and go out when Redis is back; say so once, not every tick
                log.warn("Outbox relay cannot publish yet: {}", e.getMessage());
                failing = true;
            }
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        long interval = props.relayInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    private record Row(long id, EventEnvelope envelope) {}
}
