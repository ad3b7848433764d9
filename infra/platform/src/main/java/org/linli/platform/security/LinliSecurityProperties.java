package org.linli.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.lang.Nullable;

/**
 * How a service verifies bearer tokens.
 *
 * @param publicKey the issuer's RSA public key, X.509 DER in Base64 (or PEM); used when set
 * @param jwkSetUri otherwise, where to fetch the issuer's JWKS
 * @param publicPaths Ant patterns that need no token
 */
@ConfigurationProperties("linli.security")
public record LinliSecurityProperties(
        @Nullable String publicKey, @Nullable String jwkSetUri, List<String> publicPaths) {

    public LinliSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
