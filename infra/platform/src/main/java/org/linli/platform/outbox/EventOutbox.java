package org.linli.platform.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records a domain event in the same transaction as the change that caused it, so an event is
 * published if and only if the change committed. {@link OutboxRelay} takes it from there.
 */
public class EventOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventTracing tracing;

    public EventOutbox(JdbcClient jdbc, JsonMapper json, EventTracing tracing) {
        this.jdbc = jdbc;
        this.json = json;
        this.tracing = tracing;
    }

    /**
     * Adds {@code event}, a record that declares its type and schema version ({@link EventType}), with
     * the current trace; must run inside the business transaction. Returns the event id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String add(Object aggregateId, Record event) {
        EventType type = EventType.of(event.getClass());
        String eventId = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO outbox_event (event_id, event_type, schema_version, aggregate_id, payload, occurred_at,"
                        + " traceparent) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        eventId,
                        type.name(),
                        type.schemaVersion(),
                        String.valueOf(aggregateId),
                        json.writeValueAsString(event),
                        Timestamp.from(Instant.now()),
                        tracing.traceparent())
                .update();
        return eventId;
    }
}
