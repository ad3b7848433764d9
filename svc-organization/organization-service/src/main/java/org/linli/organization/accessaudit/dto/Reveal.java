package org.linli.organization.accessaudit.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks to see one person's details in clear; the reason is recorded in the access audit. */
public record Reveal(
        @Schema(
                        description = "Why the details are needed in clear; recorded in the access audit.",
                        example = "上门走访需核对联系电话")
                @NotBlank
                @Size(max = 200)
                String reason) {}
