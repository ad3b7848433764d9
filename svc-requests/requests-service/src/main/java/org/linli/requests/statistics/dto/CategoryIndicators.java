package org.linli.requests.statistics.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import org.linli.requests.triage.RequestCategory;

/** The indicators of one category's requests. */
public record CategoryIndicators(
        @Schema(example = "NOISE") RequestCategory category,
        @Schema(description = "Its indicators.") Indicators indicators) {}
