package org.linli.organization.token;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.linli.organization.account.AccessGrant;
import org.linli.platform.core.token.Role;
import org.linli.platform.core.token.RsaKeys;
import org.linli.platform.core.token.TokenClaims;
import org.linli.platform.core.token.TokenSigner;
import org.springframework.stereotype.Component;

/** Signs access tokens (RS256) and publishes the public key as a JWKS for the gateway and services. */
@Component
public class AccessTokens {

    private final TokenSigner signer;
    private final TokenProperties properties;
    private final Clock clock;

    AccessTokens(TokenProperties properties, Clock clock) {
        if (properties.signingKey() == null || properties.signingKey().isBlank()) {
            throw new IllegalStateException(
                    "Set linli.identity.tokens.signing-key (LINLI_JWT_PRIVATE_KEY): svc-organization signs tokens");
        }
        this.signer = new TokenSigner(RsaKeys.keyPair(properties.signingKey(), "linli.identity.tokens.signing-key"));
        this.properties = properties;
        this.clock = clock;
    }

    /** A signed access token for the grant, tied to its session (the refresh-token family). */
    public String issue(AccessGrant grant, String sessionId) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                // every part of the suite a person's requests may reach; a service token names only its callee
                .audience(properties.audiences())
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
        return signer.sign(claims.build());
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
        return signer.sign(claims);
    }

    public long accessTtlSeconds() {
        return properties.accessTtl().toSeconds();
    }

    /** The public key set, as served at {@code /api/auth/jwks}. */
    public Map<String, Object> publicJwks() {
        return signer.publicJwks();
    }
}
