package org.linli.requests.deadline.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.linli.requests.deadline.DayKind;

/** A day that is not what its weekday says: a holiday, or a weekend day worked to make up (调休). */
public record CalendarDayEntry(
        @Schema(example = "2026-10-01") @NotNull LocalDate day,
        @Schema(example = "HOLIDAY") @NotNull DayKind kind,
        @Schema(description = "What the State Council calls it; 1 to 40 characters.", example = "国庆节")
                @NotBlank
                @Size(max = 40)
                String name) {}
