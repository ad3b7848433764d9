package org.linli.organization.token.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a login or refresh hands out. The refresh token is shown once and stored only as a hash.
 *
 * @param expiresIn the access token's lifetime in seconds
 */
public record SessionTokens(
        @Schema(description = "A signed JWT (RS256); send it as Authorization: Bearer.", example = ACCESS_TOKEN_EXAMPLE)
                String accessToken,
        @Schema(
                        description = "Works once, at POST /api/auth/refresh; keep it in secure storage.",
                        example = REFRESH_TOKEN_EXAMPLE)
                String refreshToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "The access token's lifetime in seconds.", example = "600") long expiresIn) {

    /** The shape of an access token, for the API documents' examples (not a token that verifies). */
    public static final String ACCESS_TOKEN_EXAMPLE =
            "eyJhbGciOiJSUzI1NiIsImtpZCI6IkdxM2hYVDlWbTJjTDd0UjFzTjRiVzh5SzZmSjVkQTBlRzJoVTlpTzNsRTQifQ"
                    + ".eyJpc3MiOiJsaW5saSIsInN1YiI6IjEyIiwic2lkIjoiN2Y5YzJiYTQtZTg4Zi00ZDJlLTlhNTctYmYwYjlhMWMzZTIxIn0"
                    + ".c2lnbmF0dXJl";

    /** The shape of a refresh token (256 random bits, base64url), for the API documents' examples. */
    public static final String REFRESH_TOKEN_EXAMPLE = "q3Xh0pV9mZ2cL7tR1sN4bW8yK6fJ5dA0eG2hU9iO3lE";

    public static SessionTokens bearer(String accessToken, String refreshToken, long expiresIn) {
        return new SessionTokens(accessToken, refreshToken, "Bearer", expiresIn);
    }
}
