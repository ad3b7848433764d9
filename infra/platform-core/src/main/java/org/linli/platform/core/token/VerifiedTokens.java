package org.linli.platform.core.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import org.springframework.lang.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Tokens whose signature and claims were already verified, kept until they expire. A signed token
 * never changes, so checking the same bytes again proves nothing new, while an RSA verification is the
 * largest single cost of a request on the hot lookups. Expiry is still enforced on every use; revocation
 * is checked after this, on every request ({@code RevokedSessions}).
 */
public final class VerifiedTokens {

    private final Cache<String, Jwt> verified;

    public VerifiedTokens(long maximumSize) {
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt)))
                .build();
    }

    /** The token's claims if it was verified before and has not expired since; else null. */
    @Nullable
    public Jwt get(String token) {
        Jwt cached = verified.getIfPresent(token);
        if (cached != null
                && (cached.getExpiresAt() == null || cached.getExpiresAt().isAfter(Instant.now()))) {
            return cached;
        }
        return null;
    }

    public void put(String token, Jwt jwt) {
        verified.put(token, jwt);
    }

    /** The gateway's (reactive) decoder, remembering as {@link #remembering} does. */
    public ReactiveJwtDecoder rememberingReactive(ReactiveJwtDecoder verifier) {
        return token -> {
            Jwt known = get(token);
            return known != null ? Mono.just(known) : verifier.decode(token).doOnNext(jwt -> put(token, jwt));
        };
    }

    /** A decoder that asks {@code verifier} only about tokens it has not verified yet (or that expired). */
    public JwtDecoder remembering(JwtDecoder verifier) {
        return token -> {
            Jwt known = get(token);
            if (known != null) {
                return known;
            }
            Jwt jwt = verifier.decode(token);
            put(token, jwt);
            return jwt;
        };
    }

    private static Duration untilExpiry(Jwt jwt) {
        if (jwt.getExpiresAt() == null) {
            return Duration.ofMinutes(1);
        }
        Duration left = Duration.between(Instant.now(), jwt.getExpiresAt());
        return left.isNegative() ? Duration.ZERO : left;
    }
}
