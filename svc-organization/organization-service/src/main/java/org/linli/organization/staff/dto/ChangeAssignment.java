package org.linli.organization.staff.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.linli.platform.core.token.Role;

/** Moves another staff account to a role and unit, under the same rules as creating one. */
public record ChangeAssignment(
        @Schema(description = "A staff role ranked below the caller's.", example = "GRID_WORKER") @NotNull Role role,
        @Schema(description = "A unit of the kind the role is bound to.", example = "9") @NotNull Long orgUnitId) {}
