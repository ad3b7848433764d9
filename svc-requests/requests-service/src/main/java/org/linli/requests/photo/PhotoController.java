package org.linli.requests.photo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.linli.requests.photo.dto.UploadedPhoto;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/requests/photos")
@Tag(
        name = "诉求照片 · Request photos",
        description = "Photos of what is wrong, sent one at a time before the request is filed and then named in"
                + " its photoIds. Each is checked (type by its content, size, pixels) and stored without its"
                + " metadata: no GPS position, time or device leaves the phone with it.")
class PhotoController {

    private final PhotoUploads uploads;

    PhotoController(PhotoUploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ResidentsAndStaff(
            scope = "A real-name verified resident, for a request of their own; staff, for a request they record"
                    + " for a resident. The photo is the uploader's until it is attached to a request.")
    @Operation(
            summary = "Upload a photo for a request",
            description = "One photo per call, up to 9 per request. It waits, pending, to be named in photoIds"
                    + " when the request is filed (before attachBefore, else it is deleted). Its EXIF, XMP"
                    + " and comments are removed (the orientation alone is kept); the picture itself is"
                    + " not re-encoded. A retry needs no Idempotency-Key: it makes one more pending photo,"
                    + " deleted unless attached (and a multipart body sent again under a new boundary would"
                    + " not match the first anyway).")
    @ProblemCode(
            status = 403,
            code = "real-name.required",
            when = "A resident who is not real-name verified: verify first (POST /api/auth/real-name).")
    @ProblemCode(
            status = 413,
            code = "photo.too-large",
            when = "The photo is over the limit (10 MB by default): send the compressed copy the phone offers.")
    @ProblemCode(
            status = 415,
            code = "photo.unsupported-type",
            when = "The file is not a JPEG, PNG or WebP, whatever its name or Content-Type says.")
    @ProblemCode(
            status = 422,
            code = "photo.unreadable",
            when = "The file starts like a photo but does not decode (damaged, cut short), or is empty.")
    @ProblemCode(
            status = 422,
            code = "photo.dimensions-too-small",
            when = "A side is under 64 pixels (by default): a thumbnail or an icon, not a photo.")
    @ProblemCode(
            status = 422,
            code = "photo.dimensions-too-large",
            when = "A side is over 8000 pixels (by default): send a smaller copy.")
    @PhotoUpload
    UploadedPhoto uploadPhoto(Caller caller, @Parameter(hidden = true) @RequestPart("file") MultipartFile file) {
        try {
            return uploads.upload(caller, file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
