package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Claiming a micro-wish: the claimer's home, which shows they live in its compound. */
public record ClaimCommand(
        @Schema(description = "One of the claimer's homes, in the wish's compound.", example = "1") @NotNull @Positive
                Long householdId) {}
