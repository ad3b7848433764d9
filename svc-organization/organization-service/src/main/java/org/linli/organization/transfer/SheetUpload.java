package org.linli.organization.transfer;

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
 * Documents an import's body as the multipart form it is, with the sheet in the part {@code file}.
 * springdoc would otherwise call it JSON: the endpoints leave {@code consumes} open on purpose, so that a
 * body of another type answers {@code request.not-multipart} saying how to send it.
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
                                                        description = "The sheet: .xlsx, or .csv in UTF-8. Its first"
                                                                + " row holds the column headers (the same as an"
                                                                + " export's)."))))
@interface SheetUpload {}
