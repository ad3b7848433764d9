package org.linli.testing;

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
import org.linli.platform.security.Role;
import org.linli.platform.security.TokenClaims;

/** Mints access tokens the services accept, signed with a key pair made for this test JVM. */
public final class TestTokens {

    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER_KEYS = generate();

    private TestTokens() {}

    /** The public key services are configured with in tests (X.509 DER, Base64). */
    public static String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded());
    }

    /** The private key svc-organization signs with in tests (PKCS#8 DER, Base64). */
    public static String privateKeyBase64() {
        return Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded());
    }

    public static String staff(Role role, long orgUnitId, String orgPath) {
        return mint(1000 + orgUnitId, null, List.of(role), orgUnitId, orgPath, Duration.ofMinutes(10), KEYS);
    }

    public static String resident(long accountId, Long personId) {
        return mint(accountId, personId, List.of(Role.RESIDENT), null, null, Duration.ofMinutes(10), KEYS);
    }

    public static String systemAdmin() {
        return mint(1, null, List.of(Role.SYSTEM_ADMIN), 1L, "/", Duration.ofMinutes(10), KEYS);
    }

    public static String expiredStaff(Role role, long orgUnitId, String orgPath) {
        return mint(1000 + orgUnitId, null, List.of(role), orgUnitId, orgPath, Duration.ofMinutes(-5), KEYS);
    }

    /** A well-formed token signed by a key nobody trusts. */
    public static String signedByStranger(Role role, long orgUnitId, String orgPath) {
        return mint(1000 + orgUnitId, null, List.of(role), orgUnitId, orgPath, Duration.ofMinutes(10), STRANGER_KEYS);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String mint(
            long subject, Long personId, List<Role> roles, Long orgUnitId, String orgPath, Duration ttl, KeyPair keys) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .subject(String.valueOf(subject))
                .issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim(TokenClaims.ROLES, roles.stream().map(Enum::name).toList());
        if (personId != null) {
            claims.claim(TokenClaims.PERSON, personId);
        }
        if (orgUnitId != null) {
            claims.claim(TokenClaims.ORG_UNIT, orgUnitId).claim(TokenClaims.ORG_PATH, orgPath);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
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
