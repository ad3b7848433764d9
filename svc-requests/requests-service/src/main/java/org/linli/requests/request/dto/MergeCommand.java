package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Which open request of the same compound a duplicate goes into. */
public record MergeCommand(
        @Schema(description = "The open request it duplicates.", example = "12") @NotNull @Positive Long into) {}
