package org.linli.organization.staff.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import org.linli.organization.token.dto.SessionTokens;
import org.linli.platform.core.token.Role;

/**
 * A staff session, with what the console needs to draw itself: the role and the org unit it is bound
 * to ({@code orgUnitId} is absent for a system administrator, whose scope is every tree).
 */
public record StaffLoginResponse(
        @Schema(
                        description = "A signed JWT (RS256); send it as Authorization: Bearer.",
                        example = SessionTokens.ACCESS_TOKEN_EXAMPLE)
                String accessToken,
        @Schema(
                        description = "Works once, at POST /api/auth/refresh; keep it out of reach of scripts.",
                        example = SessionTokens.REFRESH_TOKEN_EXAMPLE)
                String refreshToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "The access token's lifetime in seconds.", example = "600") long expiresIn,
        @Schema(example = "COMMUNITY_ADMIN") Role role,
        @Schema(
                        description = "The org unit the account is bound to, whose subtree it sees; absent for a"
                                + " system administrator.",
                        example = "3")
                Long orgUnitId) {

    public static StaffLoginResponse of(SessionTokens tokens, Role role, Long orgUnitId) {
        return new StaffLoginResponse(
                tokens.accessToken(), tokens.refreshToken(), tokens.tokenType(), tokens.expiresIn(), role, orgUnitId);
    }

    @Override
    public String toString() {
        return "StaffLoginResponse[role=" + role + ", orgUnitId=" + orgUnitId + ", tokens=[hidden]]";
    }
}
