package org.linli.requests.triage.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.linli.requests.triage.Sla;
import org.linli.requests.triage.SlaUnit;

/**
 * New time limits for one category × urgency. Hours go up to 720, working days up to 60; requests already
 * filed keep the deadlines they were given.
 */
public record ChangeSlaRow(
        @Schema(example = "1") @Min(1) @Max(Sla.MAX_HOURS) int responseAmount,
        @Schema(example = "WORKING_DAYS") @NotNull SlaUnit responseUnit,
        @Schema(example = "13") @Min(1) @Max(Sla.MAX_HOURS) int resolutionAmount,
        @Schema(example = "WORKING_DAYS") @NotNull SlaUnit resolutionUnit) {}
