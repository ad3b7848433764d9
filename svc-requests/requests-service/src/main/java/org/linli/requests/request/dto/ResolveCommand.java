package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What was done: the resident reads it and confirms or reopens. */
public record ResolveCommand(
        @Schema(description = "1 to 500 characters.", example = "已在车棚加装充电桩，楼道内的电动车已全部清理。")
                @NotBlank
                @Size(max = ReasonCommand.REASON_MAX)
                String note) {}
