package org.linli.requests.statistics.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The problem categories each compound of a unit's subtree received most over a period. */
public record TopCategoriesReport(
        @Schema(description = "The first day, Beijing time.", example = "2026-03-01") LocalDate from,
        @Schema(description = "The last day, Beijing time, included.", example = "2026-03-31") LocalDate to,
        @Schema(description = "The unit whose subtree is counted.", example = "/1/2/3/") String unitPath,
        @Schema(description = "How many categories each compound lists at most.", example = "5") int limit,
        @Schema(description = "The compounds that received requests, most received first.")
                List<CompoundTopCategories> compounds) {}
