package org.linli.platform.core.token;

import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/** What a verifier checks beyond the signature, the same at the gateway and in every service. */
public final class TokenValidation {

    private TokenValidation() {}

    /**
     * Issued by Linli, within its lifetime, and meant for {@code audience}: a service token svc-organization
     * issued for one service's calls is refused by every other, and a person's token names each part of
     * the suite it may be shown to.
     */
    public static OAuth2TokenValidator<Jwt> forAudience(String audience) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(TokenClaims.ISSUER),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
    }
}
