package org.linli.organization.token.dto;

/**
 * What a login or refresh hands out. The refresh token is shown once and stored only as a hash.
 *
 * @param expiresIn the access token's lifetime in seconds
 */
public record SessionTokens(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    public static SessionTokens bearer(String accessToken, String refreshToken, long expiresIn) {
        return new SessionTokens(accessToken, refreshToken, "Bearer", expiresIn);
    }
}
