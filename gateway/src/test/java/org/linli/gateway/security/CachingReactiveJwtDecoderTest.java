package org.linli.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class CachingReactiveJwtDecoderTest {

    private final AtomicInteger verifications = new AtomicInteger();

    private ReactiveJwtDecoder verifierExpiringAt(Instant expiry) {
        return token -> {
            verifications.incrementAndGet();
            if (token.equals("forged")) {
                return Mono.error(new BadJwtException("bad signature"));
            }
            return Mono.just(Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject("7")
                    .issuedAt(Instant.now().minusSeconds(5))
                    .expiresAt(expiry)
                    .build());
        };
    }

    @Test
    void aValidTokenIsVerifiedOnce() {
        CachingReactiveJwtDecoder decoder =
                new CachingReactiveJwtDecoder(verifierExpiringAt(Instant.now().plusSeconds(60)), 100);

        decoder.decode("token-a").block();
        decoder.decode("token-a").block();

        assertThat(verifications).hasValue(1);
    }

    @Test
    void aForgedTokenIsRejectedEveryTime() {
        CachingReactiveJwtDecoder decoder =
                new CachingReactiveJwtDecoder(verifierExpiringAt(Instant.now().plusSeconds(60)), 100);

        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void anExpiredTokenGoesBackToTheVerifier() throws InterruptedException {
        CachingReactiveJwtDecoder decoder =
                new CachingReactiveJwtDecoder(verifierExpiringAt(Instant.now().plusMillis(300)), 100);
        decoder.decode("short-lived").block();

        Thread.sleep(400);
        decoder.decode("short-lived").block();

        assertThat(verifications).hasValue(2);
    }
}
