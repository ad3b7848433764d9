package org.linli.organization.staff.dto;

import jakarta.validation.constraints.NotNull;
import org.linli.platform.core.token.Role;

/** Moves another staff account to a role and unit, under the same rules as creating one. */
public record ChangeAssignment(@NotNull Role role, @NotNull Long orgUnitId) {}
