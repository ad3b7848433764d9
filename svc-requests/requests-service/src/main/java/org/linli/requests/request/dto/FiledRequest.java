package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.linli.requests.request.RequestStatus;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.Urgency;

/**
 * The answer to filing a request: without its text, because the first answer to a write is kept in
 * clear for Idempotency-Key replays, and the text is personal (read it back with GET /api/requests/{id}).
 */
public record FiledRequest(
        @Schema(example = "1") long id,
        @Schema(example = "EBIKE_CHARGING") RequestCategory category,
        @Schema(example = "URGENT") Urgency urgency,
        @Schema(example = "SUBMITTED") RequestStatus status,
        @Schema(description = "Beijing time.", example = "2026-03-02T09:15:00+08:00") OffsetDateTime submittedAt,
        @Schema(description = "By when staff accept or refuse it.", example = "2026-03-02T11:15:00+08:00")
                OffsetDateTime responseDueAt,
        @Schema(description = "By when it is to be resolved.", example = "2026-03-03T09:15:00+08:00")
                OffsetDateTime resolutionDueAt) {}
