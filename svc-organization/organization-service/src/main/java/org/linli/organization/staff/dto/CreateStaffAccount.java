package org.linli.organization.staff.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.linli.platform.security.Role;

/**
 * A new staff account. The password is checked by the staff password policy (422
 * {@code staff.weak-password}), whose messages never repeat it.
 */
public record CreateStaffAccount(
        @NotBlank
                @Pattern(
                        regexp = "^\\s*[A-Za-z0-9][A-Za-z0-9._-]{2,31}\\s*$",
                        message = "must be 3 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit")
                String username,
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
