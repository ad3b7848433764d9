package org.linli.requests.request.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** How the resident rated the handling when they confirmed it (满意度). */
public record RatingView(
        @Schema(description = "1 (very dissatisfied) to 5 (very satisfied).", example = "5") int score,
        @Schema(description = "What they added, if anything.", example = "处理很及时，谢谢物业。") String comment) {}
