package org.linli.organization.realname.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.linli.platform.validation.IdNumber;

/** A resident's name and resident ID number, checked (GB 11643 checksum first) and never stored here. */
public record VerifyRealName(
        @Schema(description = "As on the resident ID card.", example = "王建国") @NotBlank @Size(max = 50) String name,
        @Schema(
                        description = "The 18-character resident ID number (GB 11643, checksum checked); a final x may"
                                + " be lower case.",
                        example = "440118194501010012")
                @NotBlank
                @IdNumber
                String idNumber) {}
