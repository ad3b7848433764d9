package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.requests.triage.Urgency;

/** Staff judge a request more (or less) urgent than its category says, and say why. */
public record ChangeUrgencyCommand(
        @Schema(example = "CRITICAL") @NotNull Urgency urgency,
        @Schema(
                        description = "Why; on the timeline the resident reads. 1 to 500 characters.",
                        example = "现场有燃气泄漏气味，按特急处理。")
                @NotBlank
                @Size(max = ReasonCommand.REASON_MAX)
                String reason) {}
