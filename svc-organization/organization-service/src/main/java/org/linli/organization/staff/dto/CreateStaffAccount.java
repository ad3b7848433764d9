package org.linli.organization.staff.dto;

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
        @NotBlank @Size(max = 64) String username,
        @NotNull String password,
        @NotBlank @Size(max = 50) String displayName,
        @NotNull Role role,
        @NotNull Long orgUnitId) {

    @Override
    public String toString() {
        return "CreateStaffAccount[username=" + username + ", role=" + role + ", orgUnitId=" + orgUnitId
                + ", password=[hidden]]";
    }
}
