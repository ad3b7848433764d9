package org.linli.requests.photo.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** A photo attached to a request, without its bytes (GET /api/requests/{id}/photos/{photoId} has them). */
public record PhotoView(
        @Schema(example = "31") long id,
        @Schema(example = "image/jpeg") String contentType,
        @Schema(description = "Pixels across as it is shown (after the photo's orientation).", example = "4032")
                int width,
        @Schema(description = "Pixels down as it is shown.", example = "3024") int height,
        @Schema(description = "Size as stored.", example = "2841562") long bytes) {}
