package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Why the resident takes their request back, if they care to say. */
public record WithdrawCommand(
        @Schema(description = "Optional; at most 500 characters.", example = "邻居已经把电动车挪走了，问题解决了。")
                @Size(max = ReasonCommand.REASON_MAX)
                String reason) {}
