package org.linli.platform.security;

import org.linli.platform.core.token.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Verifies each token once until it expires ({@link VerifiedTokens} says why). */
class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final VerifiedTokens verified;

    CachingJwtDecoder(JwtDecoder delegate, long maximumSize) {
        this.delegate = delegate;
        this.verified = new VerifiedTokens(maximumSize);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = verified.get(token);
        if (cached != null) {
            return cached;
        }
        Jwt jwt = delegate.decode(token);
        verified.put(token, jwt);
        return jwt;
    }
}
