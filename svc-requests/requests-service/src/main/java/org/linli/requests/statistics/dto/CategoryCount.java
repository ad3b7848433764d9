package org.linli.requests.statistics.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import org.linli.requests.triage.RequestCategory;

/** How many requests of a category a compound received. */
public record CategoryCount(
        @Schema(example = "EBIKE_CHARGING") RequestCategory category,
        @Schema(description = "Requests received.", example = "3") long received) {}
