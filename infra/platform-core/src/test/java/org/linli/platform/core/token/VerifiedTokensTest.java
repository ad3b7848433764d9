package org.linli.platform.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();

    private JwtDecoder verifierExpiringAt(Instant expiry) {
        return token -> {
            verifications.incrementAndGet();
            if (token.equals("forged")) {
                throw new BadJwtException("bad signature");
            }
            return Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject("7")
                    .issuedAt(Instant.now().minusSeconds(5))
                    .expiresAt(expiry)
                    .build();
        };
    }

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        JwtDecoder decoder = new VerifiedTokens(100)
                .remembering(verifierExpiringAt(Instant.now().plusSeconds(60)));

        decoder.decode("token-a");
        decoder.decode("token-a");
        decoder.decode("token-b");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRejectedTokenIsNeverRemembered() {
        JwtDecoder decoder = new VerifiedTokens(100)
                .remembering(verifierExpiringAt(Instant.now().plusSeconds(60)));

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRememberedTokenThatHasExpiredIsVerifiedAgain() throws InterruptedException {
        JwtDecoder decoder = new VerifiedTokens(100)
                .remembering(verifierExpiringAt(Instant.now().plusMillis(300)));
        decoder.decode("short-lived");

        Thread.sleep(400);
        decoder.decode("short-lived");

        assertThat(verifications)
                .as("expired entries go back to the verifier, which rejects them")
                .hasValue(2);
    }
}
