package org.linli.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens already verified, until they expire. A signed token never changes, so a second
 * signature check of the same bytes proves nothing new; it only costs the hot lookups CPU. Tokens
 * revoked before expiry are refused at the gateway (denylist), which every public request passes.
 */
class CachingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Cache<String, Jwt> verified;

    CachingJwtDecoder(JwtDecoder delegate, long maximumSize) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = verified.getIfPresent(token);
        if (cached != null
                && (cached.getExpiresAt() == null || cached.getExpiresAt().isAfter(Instant.now()))) {
            return cached;
        }
        Jwt jwt = delegate.decode(token);
        verified.put(token, jwt);
        return jwt;
    }

    private static Duration untilExpiry(Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return Duration.ofMinutes(1);
        }
        Duration left = Duration.between(Instant.now(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
