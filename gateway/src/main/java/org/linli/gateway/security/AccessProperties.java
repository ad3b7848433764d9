package org.linli.gateway.security;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may pass the gateway.
 *
 * @param jwtPublicKey the token issuer's RSA public key, X.509 DER in Base64 (PEM armour tolerated);
 *     when set it wins over the JWKS URI
 * @param jwkSetUri where svc-organization publishes its signing keys ({@code GET /api/auth/jwks}),
 *     used when no public key is configured
 * @param publicPaths path patterns reachable without a token (login, refresh, keys, health, docs);
 *     a token sent to them is not even looked at, the service decides
 * @param staffOnlyPaths path patterns the gateway refuses (403) to tokens without a staff role; the
 *     services remain the real authority
 */
@ConfigurationProperties("linli.gateway")
public record AccessProperties(
        String jwtPublicKey, URI jwkSetUri, List<String> publicPaths, List<String> staffOnlyPaths) {

    public AccessProperties {
        if (jwtPublicKey != null && jwtPublicKey.isBlank()) {
            jwtPublicKey = null;
        }
        if (jwkSetUri != null && jwkSetUri.toString().isBlank()) {
            jwkSetUri = null;
        }
        if (jwtPublicKey == null && jwkSetUri == null) {
            throw new IllegalStateException(
                    "Set LINLI_JWT_PUBLIC_KEY (linli.gateway.jwt-public-key) or LINLI_JWK_SET_URI"
                            + " (linli.gateway.jwk-set-uri): the gateway must verify tokens");
        }
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        staffOnlyPaths = staffOnlyPaths == null ? List.of() : List.copyOf(staffOnlyPaths);
    }
}
