package org.linli.platform.outbox;

import java.time.Instant;
import org.springframework.lang.Nullable;

/**
 * An event a consumer group gave up on, as the dead-letter endpoints show it. What the event was is
 * read from the copy kept; fields are null when that copy could not be read either.
 *
 * @param id the dead letter's id, for replay
 * @param stream and {@code group}, {@code sourceId}: where the event was read, by whom, at which entry
 * @param deliveries how often it had been delivered to the group
 * @param error the last failure: exception class and its message, shortened
 */
public record DeadLetter(
        String id,
        String stream,
        String group,
        String sourceId,
        @Nullable String eventId,
        @Nullable String type,
        @Nullable Integer schemaVersion,
        @Nullable String aggregateId,
        @Nullable Instant occurredAt,
        long deliveries,
        Instant failedAt,
        String error) {}
