package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The resident's answer to the handler's question. */
public record AnswerCommand(
        @Schema(description = "1 to 1000 characters.", example = "在2单元一楼楼道，每天晚上八点以后。")
                @NotBlank
                @Size(max = SubmitRequest.TEXT_MAX)
                String text) {}
