package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** "Me too": the resident's home, which shows they live in the request's compound. */
public record SupportCommand(
        @Schema(description = "One of the resident's homes, in the request's compound.", example = "1")
                @NotNull
                @Positive
                Long householdId) {}
