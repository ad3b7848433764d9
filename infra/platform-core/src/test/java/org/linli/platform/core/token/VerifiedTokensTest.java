package org.linli.platform.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** The cache in front of the services' decoder and the gateway's reactive one behaves the same. */
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

    /** The same verifier behind each adapter, as a plain function from token to claims. */
    private Function<String, Jwt> blocking(Instant expiry) {
        return new VerifiedTokens(100).remembering(verifierExpiringAt(expiry))::decode;
    }

    private Function<String, Jwt> reactive(Instant expiry) {
        JwtDecoder verifier = verifierExpiringAt(expiry);
        ReactiveJwtDecoder cached =
                new VerifiedTokens(100).rememberingReactive(token -> Mono.fromCallable(() -> verifier.decode(token)));
        return token -> cached.decode(token).block();
    }

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        for (Function<String, Jwt> decoder : List.of(
                blocking(Instant.now().plusSeconds(60)), reactive(Instant.now().plusSeconds(60)))) {
            decoder.apply("token-a");
            decoder.apply("token-a");
            decoder.apply("token-b");
        }

        assertThat(verifications).as("two tokens, two adapters").hasValue(4);
    }

    @Test
    void aRejectedTokenIsNeverRemembered() {
        for (Function<String, Jwt> decoder : List.of(
                blocking(Instant.now().plusSeconds(60)), reactive(Instant.now().plusSeconds(60)))) {
            assertThatThrownBy(() -> decoder.apply("forged")).isInstanceOf(BadJwtException.class);
            assertThatThrownBy(() -> decoder.apply("forged")).isInstanceOf(BadJwtException.class);
        }

        assertThat(verifications).hasValue(4);
    }

    @Test
    void aRememberedTokenThatHasExpiredIsVerifiedAgain() throws InterruptedException {
        Function<String, Jwt> blocking = blocking(Instant.now().plusMillis(300));
        Function<String, Jwt> reactive = reactive(Instant.now().plusMillis(300));
        blocking.apply("short-lived");
        reactive.apply("short-lived");

        Thread.sleep(400);
        blocking.apply("short-lived");
        reactive.apply("short-lived");

        assertThat(verifications)
                .as("expired entries go back to the verifier, which rejects them")
                .hasValue(4);
    }
}
