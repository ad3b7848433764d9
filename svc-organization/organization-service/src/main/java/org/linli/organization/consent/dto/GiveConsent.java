package org.linli.organization.consent.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param policyVersion the version of the privacy policy the resident was shown and agreed to */
public record GiveConsent(@NotBlank @Size(max = 32) String policyVersion) {}
