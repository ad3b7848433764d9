package org.linli.requests.triage.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.linli.requests.triage.Route;
import org.linli.requests.triage.Urgency;

/** New defaults for a category; requests already filed keep theirs. */
public record ChangeCategoryRule(
        @Schema(example = "URGENT") @NotNull Urgency defaultUrgency,
        @Schema(example = "PROPERTY") @NotNull Route route) {}
