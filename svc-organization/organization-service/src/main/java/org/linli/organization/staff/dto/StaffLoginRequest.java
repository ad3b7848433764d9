package org.linli.organization.staff.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record StaffLoginRequest(@NotBlank @Size(max = 64) String username, @NotNull @Size(max = 128) String password) {

    @Override
    public String toString() {
        return "StaffLoginRequest[username=" + username + ", password=[hidden]]";
    }
}
