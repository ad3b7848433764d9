package org.linli.gateway.security;

import org.linli.platform.core.token.VerifiedTokens;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** Verifies each token once until it expires ({@link VerifiedTokens} says why). */
class CachingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final VerifiedTokens verified;

    CachingReactiveJwtDecoder(ReactiveJwtDecoder delegate, long maximumSize) {
        this.delegate = delegate;
        this.verified = new VerifiedTokens(maximumSize);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt cached = verified.get(token);
        if (cached != null) {
            return Mono.just(cached);
        }
        return delegate.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }
}
