package org.linli.gateway;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.linli.platform.core.token.RsaKeys;
import org.linli.platform.core.token.TokenSigner;

/**
 * Access tokens for the gateway tests, shaped like svc-organization's. linli-testing's TestTokens
 * is not used because that module brings the servlet stack and the platform's
 * auto-configurations, which have no place in a WebFlux application's test classpath.
 */
final class Tokens {

    private static final KeyPair TRUSTED = RsaKeys.generate();
    private static final KeyPair STRANGER = RsaKeys.generate();

    private Tokens() {}

    static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(TRUSTED.getPublic().getEncoded());
    }

    /** The trusted key as svc-organization's GET /api/auth/jwks publishes it. */
    static String jwkSetJson() {
        return JSONObjectUtils.toJSONString(new TokenSigner(TRUSTED).publicJwks());
    }

    static Token token() {
        return new Token();
    }

    static String communityAdmin() {
        return token().mint();
    }

    static String resident() {
        return token().roles("RESIDENT").mint();
    }

    static String expired() {
        return token().expiresIn(Duration.ofMinutes(-5)).mint();
    }

    static String signedByStranger() {
        return token().signedBy(STRANGER).mint();
    }

    static String fromOtherIssuer() {
        return token().issuer("someone-else").mint();
    }

    /** A valid token meant only for another part of the suite (a service token for svc-organization). */
    static String forAnotherAudience() {
        return token().audience("svc-organization").mint();
    }

    /** An unsigned token ({@code "alg":"none"}) claiming to be a system admin. */
    static String unsigned() {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = url.encodeToString(("{\"iss\":\"linli\",\"sub\":\"1\",\"iat\":" + now + ",\"exp\":"
                        + (now + 600) + ",\"roles\":[\"SYSTEM_ADMIN\"]}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    /** A resident's valid token whose claims were changed to SYSTEM_ADMIN after it was signed. */
    static String tamperedAfterSigning() {
        String[] parts = token().subject("77").roles("RESIDENT").mint().split("\\.");
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("RESIDENT", "SYSTEM_ADMIN");
        return parts[0] + "." + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** A random subject, so tests never share a per-user rate-limit bucket across runs. */
    static String randomSubject() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE));
    }

    static final class Token {
        private String issuer = "linli";
        private List<String> audience = List.of("gateway", "svc-organization");
        private String subject = randomSubject();
        private List<String> roles = List.of("COMMUNITY_ADMIN");
        private String session;
        private Duration ttl = Duration.ofMinutes(10);
        private KeyPair keys = TRUSTED;

        Token issuer(String value) {
            issuer = value;
            return this;
        }

        Token audience(String... values) {
            audience = List.of(values);
            return this;
        }

        Token subject(String value) {
            subject = value;
            return this;
        }

        Token roles(String... values) {
            roles = List.of(values);
            return this;
        }

        /** The {@code sid} claim: the refresh-token family the access token belongs to. */
        Token session(String value) {
            session = value;
            return this;
        }

        Token expiresIn(Duration value) {
            ttl = value;
            return this;
        }

        Token signedBy(KeyPair value) {
            keys = value;
            return this;
        }

        String mint() {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .audience(audience)
                    .subject(subject)
                    .issueTime(Date.from(now.minusSeconds(600)))
                    .expirationTime(Date.from(now.plus(ttl)))
                    .claim("roles", roles)
                    .claim("org", 4)
                    .claim("org_path", "/1/4/");
            if (session != null) {
                claims.claim("sid", session);
            }
            return new TokenSigner(keys).sign(claims.build());
        }
    }
}
