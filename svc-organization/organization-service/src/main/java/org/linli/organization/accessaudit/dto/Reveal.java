package org.linli.organization.accessaudit.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks to see one person's details in clear; the reason is recorded in the access audit. */
public record Reveal(@NotBlank @Size(max = 200) String reason) {}
