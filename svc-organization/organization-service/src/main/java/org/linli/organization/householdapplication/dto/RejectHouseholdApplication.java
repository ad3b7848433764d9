package org.linli.organization.householdapplication.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param reason told to the applicant, so it must say what to correct */
public record RejectHouseholdApplication(@NotBlank @Size(max = 500) String reason) {}
