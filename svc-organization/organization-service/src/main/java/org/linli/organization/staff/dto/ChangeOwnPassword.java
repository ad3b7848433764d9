package org.linli.organization.staff.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ChangeOwnPassword(
        @Schema(example = "linli-demo-2026") @NotNull @Size(max = 128) String currentPassword,
        @Schema(
                        description = "10 to 128 characters, not containing the username, not the current one.",
                        example = "荔枝-lychee-2027")
                @NotNull
                String newPassword) {

    @Override
    public String toString() {
        return "ChangeOwnPassword[currentPassword=[hidden], newPassword=[hidden]]";
    }
}
