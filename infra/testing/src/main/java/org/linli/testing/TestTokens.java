package org.linli.testing;

import com.nimbusds.jwt.JWTClaimsSet;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.linli.platform.core.token.Role;
import org.linli.platform.core.token.RsaKeys;
import org.linli.platform.core.token.TokenClaims;
import org.linli.platform.core.token.TokenSigner;

/** Mints access tokens the services accept, signed with a key pair made for this test JVM. */
public final class TestTokens {

    /** A person's token is shown to the gateway and every service, as svc-organization issues it. */
    public static final List<String> AUDIENCES =
            List.of("gateway", "svc-organization", "svc-requests", "svc-volunteer", "svc-notify");

    private static final KeyPair KEYS = RsaKeys.generate();
    private static final KeyPair STRANGER_KEYS = RsaKeys.generate();

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

    /** A resident who is also a party member (svc-organization adds the role to a member's token). */
    public static String partyMember(long accountId, long personId) {
        return person(accountId, personId, Role.RESIDENT, Role.PARTY_MEMBER);
    }

    /** A resident with more roles than that (VOLUNTEER, PARTY_MEMBER), as svc-organization would issue. */
    public static String person(long accountId, long personId, Role... roles) {
        return mint(accountId, personId, List.of(roles), null, null, Duration.ofMinutes(10), KEYS);
    }

    /** A registered client's SERVICE token, as svc-organization issues it at /oauth2/token. */
    public static String service(String clientId, String... grants) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .audience(AUDIENCES)
                .subject("service:" + clientId)
                .issueTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim(TokenClaims.CLIENT_ID, clientId)
                .claim(TokenClaims.ROLES, List.of(Role.SERVICE.name()))
                .claim(TokenClaims.SCOPE, String.join(" ", grants))
                .build();
        return new TokenSigner(KEYS).sign(claims);
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
                .audience(AUDIENCES)
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
        return new TokenSigner(keys).sign(claims.build());
    }
}
