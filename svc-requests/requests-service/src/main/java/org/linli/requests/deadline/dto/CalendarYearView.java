package org.linli.requests.deadline.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A year of the working-day calendar. */
public record CalendarYearView(
        @Schema(example = "2026") int year,
        @Schema(
                        description = "Whether an administrator has entered the year. Until then its weekdays count as"
                                + " working days and deadlines through it are provisional.",
                        example = "true")
                boolean entered,
        @Schema(description = "Its holidays and make-up working days, in date order.") List<CalendarDayEntry> days) {}
