package org.linli.organization.staff.dto;

import jakarta.validation.constraints.NotNull;

/** An administrator sets a new password for an account in their scope, e.g. for someone who forgot theirs. */
public record ResetPassword(@NotNull String newPassword) {

    @Override
    public String toString() {
        return "ResetPassword[newPassword=[hidden]]";
    }
}
