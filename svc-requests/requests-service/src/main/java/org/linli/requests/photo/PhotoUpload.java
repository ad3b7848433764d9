package org.linli.requests.photo;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.MediaType;

/**
 * Documents the upload's body as the multipart form it is, with the photo in the part {@code file}.
 * springdoc would otherwise call it JSON: the endpoint leaves {@code consumes} open on purpose, so that a
 * body of another type answers {@code request.not-multipart} saying how to send it (as the imports do).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequestBody(
        required = true,
        content =
                @Content(
                        mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                        schema = @Schema(type = "object", requiredProperties = "file"),
                        schemaProperties =
                                @SchemaProperty(
                                        name = "file",
                                        schema =
                                                @Schema(
                                                        type = "string",
                                                        format = "binary",
                                                        description = "The photo: JPEG, PNG or WebP; by default at"
                                                                + " most 10 MB and 64 to 8000 pixels a side. Its content"
                                                                + " decides its type; its name and Content-Type"
                                                                + " are not read."))))
@interface PhotoUpload {}
