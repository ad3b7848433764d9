package org.linli.organization.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linli.organization.account.AccessGrant;
import org.linli.platform.security.Role;
import org.linli.platform.security.TokenClaims;
import org.springframework.stereotype.Component;

/** Signs access tokens (RS256) and publishes the public key as a JWKS for the gateway and services. */
@Component
public class AccessTokens {

    private final RSAKey key;
    private final RSASSASigner signer;
    private final TokenProperties properties;
    private final Clock clock;

    AccessTokens(TokenProperties properties, Clock clock) {
        if (properties.signingKey() == null || properties.signingKey().isBlank()) {
            throw new IllegalStateException(
                    "Set linli.identity.tokens.signing-key (LINLI_JWT_PRIVATE_KEY): svc-organization signs tokens");
        }
        this.key = rsaKey(properties.signingKey());
        this.properties = properties;
        this.clock = clock;
        try {
            this.signer = new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("The token signing key is unusable", e);
        }
    }

    /** A signed access token for the grant, tied to its session (the refresh-token family). */
    public String issue(AccessGrant grant, String sessionId) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .subject(String.valueOf(grant.accountId()))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.accessTtl())))
                .claim(TokenClaims.SESSION, sessionId)
                .claim(
                        TokenClaims.ROLES,
                        grant.roles().stream().map(Enum::name).sorted().toList());
        if (grant.personId() != null) {
            claims.claim(TokenClaims.PERSON, grant.personId());
        }
        if (grant.orgUnitId() != null) {
            claims.claim(TokenClaims.ORG_UNIT, grant.orgUnitId());
        }
        // a system administrator has a scope ("/") but no unit
        if (grant.orgPath() != null) {
            claims.claim(TokenClaims.ORG_PATH, grant.orgPath());
        }
        return sign(claims.build());
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return jwt.serialize();
    }

    /**
     * A SERVICE token for a registered client (client credentials): subject {@code service:<id>}, the
     * client's id, role SERVICE, the granted scope, and as audience the services it may call. No
     * session: it cannot be refreshed, only fetched anew, and lives minutes.
     */
    public String issueForClient(
            String clientId, Collection<String> scope, Collection<String> audiences, Duration ttl) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .subject("service:" + clientId)
                .audience(List.copyOf(audiences))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim(TokenClaims.CLIENT_ID, clientId)
                .claim(TokenClaims.ROLES, List.of(Role.SERVICE.name()))
                .claim(TokenClaims.SCOPE, String.join(" ", scope))
                .build();
        return sign(claims);
    }

    public long accessTtlSeconds() {
        return properties.accessTtl().toSeconds();
    }

    /** The public key set, as served at {@code /api/auth/jwks}. */
    public Map<String, Object> publicJwks() {
        return new JWKSet(key.toPublicJWK()).toJSONObject();
    }

    private static RSAKey rsaKey(String text) {
        String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            RSAPublicKey publicKey = (RSAPublicKey)
                    rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint()
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("linli.identity.tokens.signing-key is not an RSA private key (PKCS#8)", e);
        }
    }
}
