package org.linli.organization.staff.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record StaffLoginRequest(
        @Schema(description = "Case and full-width letters do not matter.", example = "demo-community")
                @NotBlank
                @Size(max = 64)
                String username,
        @Schema(example = "linli-demo-2026", format = "password") @NotNull @Size(max = 128) String password) {

    @Override
    public String toString() {
        return "StaffLoginRequest[username=" + username + ", password=[hidden]]";
    }
}
