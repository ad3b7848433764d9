package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 回访: what a resident without an account said when staff called back about a recorded request. */
public record FollowUpCommand(
        @Schema(description = "Whether they say it is fixed.", example = "true") @NotNull Boolean fixed,
        @Schema(description = "When fixed: their rating, 1 to 5.", example = "4") @Min(1) @Max(5) Integer rating,
        @Schema(
                        description = "What they said; required when not fixed (it reopens the request). At most 500"
                                + " characters.",
                        example = "路灯已经修好了。")
                @Size(max = ReasonCommand.REASON_MAX)
                String comment) {}
