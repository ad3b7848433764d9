package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: refusing, sending back, escalating or reopening a request. The other side reads it on the timeline. */
public record ReasonCommand(
        @Schema(
                        description = "Why, in words the other side can act on; 1 to 500 characters.",
                        example = "此事属于市政道路管理范围，请拨打12345热线反映。")
                @NotBlank
                @Size(min = 1, max = REASON_MAX)
                String reason) {

    public static final int REASON_MAX = 500;
}
