package org.linli.requests.photo.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;

/** A photo just uploaded, waiting to be attached to a request by its id. */
public record UploadedPhoto(
        @Schema(description = "Name it in the request's photoIds.", example = "31") long id,
        @Schema(description = "What the file is, from its content.", example = "image/jpeg") String contentType,
        @Schema(description = "Pixels across as it is shown (after the photo's orientation).", example = "4032")
                int width,
        @Schema(description = "Pixels down as it is shown.", example = "3024") int height,
        @Schema(description = "Size as stored, without its metadata.", example = "2841562") long bytes,
        @Schema(
                        description = "Service local time. Attach it to a request before then: a photo left"
                                + " unattached is deleted.",
                        example = "2026-03-03T09:15:00")
                LocalDateTime attachBefore) {}
