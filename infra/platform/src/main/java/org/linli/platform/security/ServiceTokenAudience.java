package org.linli.platform.security;

import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A SERVICE token (one with {@code client_id}) is good only at the services it was issued for: its
 * {@code aud} must name this one. A token svc-organization issued for svc-volunteer is refused here,
 * whatever its scope says. People's tokens are not judged here.
 */
final class ServiceTokenAudience implements OAuth2TokenValidator<Jwt> {

    private final String service;

    ServiceTokenAudience(String service) {
        this.service = service;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (token.getClaim(TokenClaims.CLIENT_ID) == null) {
            return OAuth2TokenValidatorResult.success();
        }
        List<String> audience = token.getAudience();
        if (audience != null && audience.contains(service)) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(
                new OAuth2Error("invalid_token", "This service token was not issued for " + service, null));
    }
}
