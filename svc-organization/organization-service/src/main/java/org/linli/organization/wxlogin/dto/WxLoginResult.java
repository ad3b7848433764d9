package org.linli.organization.wxlogin.dto;

import org.linli.organization.token.dto.SessionTokens;

/**
 * A started session, and whether the account is already real-name verified (else the app asks for
 * consent and a real-name check before the resident can act).
 */
public record WxLoginResult(
        String accessToken, String refreshToken, String tokenType, long expiresIn, boolean realNameVerified) {

    public static WxLoginResult of(SessionTokens tokens, boolean realNameVerified) {
        return new WxLoginResult(
                tokens.accessToken(), tokens.refreshToken(), tokens.tokenType(), tokens.expiresIn(), realNameVerified);
    }
}
