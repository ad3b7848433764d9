package org.linli.organization.token.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RefreshRequest(
        @Schema(
                        description = "The refresh token of the last login or refresh; each works once.",
                        example = SessionTokens.REFRESH_TOKEN_EXAMPLE)
                @NotBlank
                @Size(max = 128)
                String refreshToken) {}
