package org.linli.requests.deadline.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** A deadline, ISO-8601 with Beijing's offset. */
public record DeadlineAnswer(
        @Schema(description = "ISO-8601 with offset (+08:00).", example = "2026-02-27T23:59:59+08:00")
                String deadline) {}
