package org.linli.organization.person.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name as it stands on the person's ID card. */
public record CorrectName(@NotBlank @Size(max = 50) String name) {}
