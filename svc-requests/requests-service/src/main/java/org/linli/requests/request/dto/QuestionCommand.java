package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the handler needs to know from the resident; the clock stops until they answer. */
public record QuestionCommand(
        @Schema(description = "1 to 500 characters.", example = "请问电动车具体停放在几单元的楼道？方便的话请告知时间段。")
                @NotBlank
                @Size(max = ReasonCommand.REASON_MAX)
                String question) {}
