package org.linli.requests.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.linli.requests.photo.PhotoContent;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A request's photos, for whoever may read the request. */
@RestController
@Tag(name = "诉求照片 · Request photos")
class RequestPhotoController {

    private final RequestPhotos photos;

    RequestPhotoController(RequestPhotos photos) {
        this.photos = photos;
    }

    @GetMapping("/api/requests/{id}/photos/{photoId}")
    @ResidentsAndStaff(
            scope = "Whoever may read the request (GET /api/requests/{id}): its resident, staff of the place, its"
                    + " handler, its followers. Any other answers 404.")
    @Operation(
            summary = "Get a photo of a request",
            description = "The image as stored: its metadata (location included) was removed at upload. Its ETag is"
                    + " the image's SHA-256; answers are private to the caller.")
    @ApiResponse(
            responseCode = "200",
            description = "The image.",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary"))
            })
    @ProblemCode(
            status = 404,
            code = "resident-request.not-found",
            when = "No request with this id that the caller may see.")
    @ProblemCode(status = 404, code = "photo.not-found", when = "The request has no photo with this id.")
    ResponseEntity<byte[]> photo(
            Caller caller,
            @Parameter(description = "The request.", example = "1") @PathVariable long id,
            @Parameter(description = "The photo.", example = "31") @PathVariable long photoId) {
        PhotoContent photo = photos.open(caller, id, photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag("\"" + photo.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.bytes());
    }
}
