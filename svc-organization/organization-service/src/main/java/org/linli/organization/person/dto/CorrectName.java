package org.linli.organization.person.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name as it stands on the person's ID card. */
public record CorrectName(
        @Schema(description = "The name as it stands on the person's ID card.", example = "李秀英")
                @NotBlank
                @Size(max = 50)
                String name) {}
