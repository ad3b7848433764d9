package org.linli.organization.serviceclient;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A successful token response (RFC 6749 §5.1), in the members and the order OAuth 2.0 clients read.
 *
 * @param expiresIn the token's lifetime in seconds
 * @param scope the grants the token carries, space-separated
 */
@Schema(name = "ServiceTokenResponse", description = "An OAuth 2.0 access token response (RFC 6749 §5.1).")
record ServiceToken(
        @JsonProperty("access_token") @Schema(description = "A signed JWT (RS256) with role SERVICE.")
                String accessToken,
        @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(description = "Lifetime in seconds.", example = "300") long expiresIn,
        @Schema(description = "The grants the token carries, space-separated.", example = "org.lookups") String scope) {

    static ServiceToken bearer(String accessToken, long expiresIn, String scope) {
        return new ServiceToken(accessToken, "Bearer", expiresIn, scope);
    }
}
