package org.linli.organization.staff.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ChangeOwnPassword(@NotNull @Size(max = 128) String currentPassword, @NotNull String newPassword) {

    @Override
    public String toString() {
        return "ChangeOwnPassword[currentPassword=[hidden], newPassword=[hidden]]";
    }
}
