package org.linli.gateway;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the gateway needs beyond its routes.
 *
 * @param jwtPublicKey the token issuer's RSA public key, X.509 DER in Base64 (PEM armour tolerated)
 * @param publicPaths path patterns reachable without a token (login, health)
 */
@ConfigurationProperties("linli.gateway")
public record GatewayProperties(String jwtPublicKey, List<String> publicPaths) {

    public GatewayProperties {
        if (jwtPublicKey == null || jwtPublicKey.isBlank()) {
            throw new IllegalStateException(
                    "Set LINLI_JWT_PUBLIC_KEY (linli.gateway.jwt-public-key): the gateway must verify tokens");
        }
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
