package org.linli.organization.wxlogin.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import org.linli.organization.token.dto.SessionTokens;

/**
 * A started session, and whether the account is already real-name verified (else the app asks for
 * consent and a real-name check before the resident can act).
 */
public record WxLoginResult(
        @Schema(
                        description = "A signed JWT (RS256); send it as Authorization: Bearer.",
                        example = SessionTokens.ACCESS_TOKEN_EXAMPLE)
                String accessToken,
        @Schema(
                        description = "Works once, at POST /api/auth/refresh; keep it in secure storage.",
                        example = SessionTokens.REFRESH_TOKEN_EXAMPLE)
                String refreshToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "The access token's lifetime in seconds.", example = "600") long expiresIn,
        @Schema(
                        description = "False until the resident passes real-name verification: ask for consent and"
                                + " their name and ID number first.",
                        example = "false")
                boolean realNameVerified) {

    public static WxLoginResult of(SessionTokens tokens, boolean realNameVerified) {
        return new WxLoginResult(
                tokens.accessToken(), tokens.refreshToken(), tokens.tokenType(), tokens.expiresIn(), realNameVerified);
    }
}
