package org.linli.organization.consent.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param policyVersion the version of the privacy policy the resident was shown and agreed to */
public record GiveConsent(
        @Schema(description = "The version of the privacy policy the resident was shown.", example = "2026-01")
                @NotBlank
                @Size(max = 32)
                String policyVersion) {}
