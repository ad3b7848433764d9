package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note on a request's timeline: for the resident too, or kept among staff. */
public record NoteCommand(
        @Schema(description = "1 to 500 characters.", example = "已电话联系业委会，下周一现场协调。")
                @NotBlank
                @Size(max = ReasonCommand.REASON_MAX)
                String note,
        @Schema(
                        description =
                                "Keep it among staff and the handler; the resident does not see it. False when left out.",
                        example = "true")
                Boolean internal) {

    public boolean isInternal() {
        return Boolean.TRUE.equals(internal);
    }
}
