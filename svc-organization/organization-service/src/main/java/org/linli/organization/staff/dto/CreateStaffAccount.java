package org.linli.organization.staff.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linli.platform.core.token.Role;

/**
 * A new staff account. The username is taken in its normal form (NFKC, case-folded: ＷＡＮＧ.Grid becomes
 * wang.grid) and must then be 3 to 32 letters, digits, '.', '_' or '-' (422
 * {@code staff.invalid-username}); the password is checked by the staff password policy (422
 * {@code staff.weak-password}), whose messages never repeat it.
 */
public record CreateStaffAccount(
        @Schema(
                        description = "Taken in its normal form (NFKC, case-folded): then 3 to 32 letters, digits,"
                                + " '.', '_' or '-', starting with a letter or digit.",
                        example = "wang.grid")
                @NotBlank
                @Size(max = 64)
                String username,
        @Schema(description = "10 to 128 characters, not containing the username.", example = "荔枝-lychee-2027") @NotNull
                String password,
        @Schema(example = "王芳") @NotBlank @Size(max = 50) String displayName,
        @Schema(description = "A staff role ranked below the caller's.", example = "GRID_WORKER") @NotNull Role role,
        @Schema(description = "A unit of the kind the role is bound to.", example = "9") @NotNull Long orgUnitId) {

    @Override
    public String toString() {
        return "CreateStaffAccount[username=" + username + ", role=" + role + ", orgUnitId=" + orgUnitId
                + ", password=[hidden]]";
    }
}
