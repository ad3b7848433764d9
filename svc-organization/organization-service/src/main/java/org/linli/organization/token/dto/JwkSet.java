package org.linli.organization.token.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of {@code GET /api/auth/jwks} for the API documents: a JSON Web Key Set (RFC 7517 §5) of
 * the RSA public keys that verify Linli's access tokens. The endpoint answers the key set as the signer
 * writes it; this record only names its shape.
 */
@Schema(name = "JwkSet", description = "A JSON Web Key Set (RFC 7517): the public keys that verify access tokens.")
public record JwkSet(
        @Schema(description = "One key per signing key in use; pick by the token header's kid.") List<Jwk> keys) {

    /** An RSA public key (RFC 7517 §4, RFC 7518 §6.3.1). */
    @Schema(name = "Jwk", description = "An RSA public key (RFC 7517 §4, RFC 7518 §6.3.1).")
    public record Jwk(
            @Schema(description = "Key type.", example = "RSA") String kty,
            @Schema(description = "Public key use: signatures.", example = "sig") String use,
            @Schema(example = "RS256") String alg,
            @Schema(
                            description = "Key id (its RFC 7638 thumbprint), as in each token's header.",
                            example = "Gq3hXT9Vm2cL7tR1sN4bW8yK6fJ5dA0eG2hU9iO3lE4")
                    String kid,
            @Schema(description = "The modulus, base64url.", example = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFb")
                    String n,
            @Schema(description = "The public exponent, base64url.", example = "AQAB") String e) {}
}
