package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import org.linli.requests.request.RequestCategory;
import org.linli.requests.request.RequestStatus;

/**
 * The answer to filing a request: without its text, because the first answer to a write is kept in
 * clear for Idempotency-Key replays, and the text is personal (read it back with GET /api/requests/{id}).
 */
public record FiledRequest(
        @Schema(example = "1") long id,
        @Schema(example = "EBIKE_CHARGING") RequestCategory category,
        @Schema(example = "SUBMITTED") RequestStatus status,
        @Schema(description = "Service local time.", example = "2026-03-02T09:15:00") LocalDateTime submittedAt) {}
