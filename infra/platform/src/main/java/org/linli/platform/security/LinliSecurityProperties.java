package org.linli.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.lang.Nullable;

/**
 * How a service verifies bearer tokens.
 *
 * @param publicKey the issuer's RSA public key, X.509 DER in Base64 (or PEM); used when set
 * @param jwkSetUri otherwise, where to fetch the issuer's JWKS
 * @param publicPaths Ant patterns that need no token
 * @param audience the name a token must carry in {@code aud} to be accepted here; by default the
 *     service's {@code spring.application.name}, which is what svc-organization issues tokens for
 */
@ConfigurationProperties("linli.security")
public record LinliSecurityProperties(
        @Nullable String publicKey, @Nullable String jwkSetUri, List<String> publicPaths, @Nullable String audience) {

    public LinliSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }

    String audienceOr(Environment environment) {
        if (audience != null && !audience.isBlank()) {
            return audience;
        }
        String name = environment.getProperty("spring.application.name");
        if (name == null || name.isBlank()) {
            throw new IllegalStateException(
                    "Set spring.application.name or linli.security.audience: tokens are checked for this service's audience");
        }
        return name;
    }
}
