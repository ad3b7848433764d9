package org.linli.requests.deadline.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A year's holidays and make-up days as the State Council publishes them (each November for the next year). */
public record EnterCalendarYear(
        @Schema(description = "Every holiday and make-up working day of the year; replaces what was entered.")
                @NotNull
                @Size(max = 100)
                List<@Valid @NotNull CalendarDayEntry> days) {}
