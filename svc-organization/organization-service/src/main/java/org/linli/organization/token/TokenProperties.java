package org.linli.organization.token;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How svc-organization signs tokens.
 *
 * @param signingKey the RSA private key (PKCS#8, PEM or bare Base64); its public half is served as JWKS
 * @param accessTtl how long an access token lives; short, because only logout's denylist can stop one early
 * @param refreshTtl how long an unused refresh token stays good; each refresh starts the clock again
 * @param audiences the {@code aud} of a person's access token: the gateway and every service, by their
 *     {@code spring.application.name}; each checks that its own name is there
 */
@ConfigurationProperties("linli.identity.tokens")
public record TokenProperties(
        String signingKey,
        @DefaultValue("10m") Duration accessTtl,
        @DefaultValue("30d") Duration refreshTtl,
        @DefaultValue({"gateway", "svc-organization", "svc-requests", "svc-volunteer", "svc-notify"})
                List<String> audiences) {}
