package org.linli.organization.staff.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** An administrator sets a new password for an account in their scope, e.g. for someone who forgot theirs. */
public record ResetPassword(
        @Schema(description = "10 to 128 characters, not containing the username.", example = "荔枝-lychee-2027") @NotNull
                String newPassword) {

    @Override
    public String toString() {
        return "ResetPassword[newPassword=[hidden]]";
    }
}
