package org.linli.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Access tokens for the gateway test. linli-testing's TestTokens is not used because that module
 * brings the servlet stack and the platform's auto-configurations, which have no place in a
 * WebFlux application's test classpath.
 */
final class Tokens {

    private static final KeyPair TRUSTED = generate();
    private static final KeyPair STRANGER = generate();

    private Tokens() {}

    static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(TRUSTED.getPublic().getEncoded());
    }

    static String communityAdmin() {
        return mint("linli", Duration.ofMinutes(10), TRUSTED);
    }

    static String expired() {
        return mint("linli", Duration.ofMinutes(-5), TRUSTED);
    }

    static String signedByStranger() {
        return mint("linli", Duration.ofMinutes(10), STRANGER);
    }

    static String fromOtherIssuer() {
        return mint("someone-else", Duration.ofMinutes(10), TRUSTED);
    }

    private static String mint(String issuer, Duration ttl, KeyPair keys) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("1004")
                .issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim("roles", List.of("COMMUNITY_ADMIN"))
                .claim("org", 4)
                .claim("org_path", "/1/4/")
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
