package org.linli.organization.staff.dto;

import org.linli.organization.token.dto.SessionTokens;
import org.linli.platform.core.token.Role;

/**
 * A staff session, with what the console needs to draw itself: the role and the org unit it is bound
 * to ({@code orgUnitId} is absent for a system administrator, whose scope is every tree).
 */
public record StaffLoginResponse(
        String accessToken, String refreshToken, String tokenType, long expiresIn, Role role, Long orgUnitId) {

    public static StaffLoginResponse of(SessionTokens tokens, Role role, Long orgUnitId) {
        return new StaffLoginResponse(
                tokens.accessToken(), tokens.refreshToken(), tokens.tokenType(), tokens.expiresIn(), role, orgUnitId);
    }

    @Override
    public String toString() {
        return "StaffLoginResponse[role=" + role + ", orgUnitId=" + orgUnitId + ", tokens=[hidden]]";
    }
}
