package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The resident confirms the resolution and rates it (满意度). */
public record ConfirmCommand(
        @Schema(description = "1 (very dissatisfied) to 5 (very satisfied).", example = "5") @NotNull @Min(1) @Max(5)
                Integer rating,
        @Schema(description = "Optional; at most 500 characters.", example = "处理很及时，谢谢物业。")
                @Size(max = ReasonCommand.REASON_MAX)
                String comment) {}
