package org.linli.platform.outbox;

import java.time.Instant;
import org.springframework.lang.Nullable;

/**
 * A domain event as it travels on a Redis Stream (the entry's {@code event} field, as JSON).
 *
 * @param type and {@code schemaVersion}: what the event record declares ({@link EventType})
 * @param payload the JSON of the event record declared in the producer's {@code -api} module
 * @param traceparent the W3C trace context of the change that caused the event, when it was traced
 */
public record EventEnvelope(
        String eventId,
        String type,
        int schemaVersion,
        String aggregateId,
        Instant occurredAt,
        String payload,
        @Nullable String traceparent) {}
