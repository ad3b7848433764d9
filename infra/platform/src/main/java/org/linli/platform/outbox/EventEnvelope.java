package org.linli.platform.outbox;

import java.time.Instant;

/**
 * A domain event as it travels on a Redis Stream. {@code payload} is the JSON of the event record
 * declared in the producer's {@code -api} module; {@code schemaVersion} lets consumers tell shapes apart.
 */
public record EventEnvelope(
        String eventId, String type, int schemaVersion, String aggregateId, Instant occurredAt, String payload) {}
