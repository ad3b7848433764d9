package org.linli.platform.outbox;

import io.swagger.v3.oas.annotations.media.Schema;
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
        @Schema(example = "1767225600000-0") String id,
        @Schema(example = "linli:events:organization") String stream,
        @Schema(example = "svc-requests") String group,
        @Schema(example = "1767225590000-3") String sourceId,
        @Nullable String eventId,
        @Schema(example = "organization.household-link-changed") @Nullable String type,
        @Nullable Integer schemaVersion,
        @Nullable String aggregateId,
        @Nullable Instant occurredAt,
        @Schema(example = "5") long deliveries,
        Instant failedAt,
        @Schema(example = "IllegalStateException: household 42 is not in the registry") String error) {}
