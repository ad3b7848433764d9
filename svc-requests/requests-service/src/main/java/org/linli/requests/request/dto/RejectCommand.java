package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why staff refuse a request; the resident reads it on the timeline. */
public record RejectCommand(
        @Schema(
                        description = "Why, in words the resident can act on; 1 to 500 characters.",
                        example = "此事属于市政道路管理范围，请拨打12345热线反映。")
                @NotBlank
                @Size(min = 1, max = REASON_MAX)
                String reason) {

    public static final int REASON_MAX = 500;
}
