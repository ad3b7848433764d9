package org.linli.requests.statistics.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * 接诉即办 statistics of a unit's subtree over a period: the totals, then the same indicators by category and by
 * channel, each list most received first and holding only what was received.
 */
public record RequestStatisticsReport(
        @Schema(description = "The first day, Beijing time.", example = "2026-03-01") LocalDate from,
        @Schema(description = "The last day, Beijing time, included.", example = "2026-03-31") LocalDate to,
        @Schema(description = "The unit whose subtree is counted.", example = "/1/2/3/") String unitPath,
        @Schema(description = "Every request counted.") Indicators totals,
        @Schema(description = "By category, most received first.") List<CategoryIndicators> byCategory,
        @Schema(description = "By channel, most received first.") List<ChannelIndicators> byChannel) {}
