package org.linli.requests.triage.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.SlaUnit;
import org.linli.requests.triage.Urgency;

/** One row of the SLA table (办理时限). */
public record SlaRow(
        @Schema(example = "NOISE") RequestCategory category,
        @Schema(example = "NORMAL") Urgency urgency,
        @Schema(description = "Time to respond (accept or refuse).", example = "1") int responseAmount,
        @Schema(example = "WORKING_DAYS") SlaUnit responseUnit,
        @Schema(description = "Time to resolve.", example = "13") int resolutionAmount,
        @Schema(example = "WORKING_DAYS") SlaUnit resolutionUnit) {}
