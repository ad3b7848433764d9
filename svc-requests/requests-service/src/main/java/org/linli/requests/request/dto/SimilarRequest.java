package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import org.linli.requests.request.RequestStatus;
import org.linli.requests.triage.RequestCategory;

/** An open request that looks like the one about to be filed: +1 it instead, or (staff) merge them. */
public record SimilarRequest(
        @Schema(example = "12") long id,
        @Schema(example = "PUBLIC_FACILITIES") RequestCategory category,
        @Schema(example = "ASSIGNED") RequestStatus status,
        @Schema(description = "Where in the compound.", example = "东门岗亭") String place,
        @Schema(example = "东门岗亭旁的路灯不亮已经三天了。") String text,
        @Schema(description = "How alike the texts are, 0 to 1.", example = "0.42") double similarity,
        @Schema(example = "3") int supporters,
        @Schema(example = "2026-03-02T09:15:00+08:00") OffsetDateTime submittedAt) {}
