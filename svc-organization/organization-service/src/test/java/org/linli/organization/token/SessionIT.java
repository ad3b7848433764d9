package org.linli.organization.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.account.AccountService;
import org.linli.organization.token.dto.SessionTokens;
import org.linli.platform.core.revocation.RevocationChannel;
import org.linli.platform.core.token.Role;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions as a client sees them: refresh rotation, reuse detection, logout, and the JWKS. */
class SessionIT extends AbstractIT {

    @Autowired
    AccountService accounts;

    @Autowired
    SessionService sessions;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefreshSpendsTheTokenAndHandsOutTheNextPairOfTheSameSession() throws Exception {
        SessionTokens first = sessions.start(accounts.createResident());

        Http.Response refreshed = http().post("/api/auth/refresh", null, Map.of("refreshToken", first.refreshToken()));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.headers().getCacheControl()).isEqualTo("no-store");
        String nextRefresh = refreshed.json().get("refreshToken").asText();
        String nextAccess = refreshed.json().get("accessToken").asText();
        assertThat(nextRefresh).isNotEqualTo(first.refreshToken());
        assertThat(refreshed.json().get("expiresIn").asLong()).isEqualTo(600);
        assertThat(sessionOf(nextAccess)).isEqualTo(sessionOf(first.accessToken()));
        // the new access token works against the service
        assertThat(http().get("/api/org/households/1", nextAccess).status()).isNotEqualTo(401);
        // only the hash is stored
        assertThat(jdbc.sql("SELECT COUNT(*) FROM refresh_token WHERE token_hash = ?")
                        .param(nextRefresh)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void presentingASpentRefreshTokenAgainEndsTheWholeSession() throws Exception {
        SessionTokens first = sessions.start(accounts.createResident());
        String second = http().post("/api/auth/refresh", null, Map.of("refreshToken", first.refreshToken()))
                .json()
                .get("refreshToken")
                .asText();

        Http.Response replay = http().post("/api/auth/refresh", null, Map.of("refreshToken", first.refreshToken()));

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("code").asText()).isEqualTo("auth.refresh-reused");
        // the thief's copy and the victim's current token are both dead now
        Http.Response victim = http().post("/api/auth/refresh", null, Map.of("refreshToken", second));
        assertThat(victim.status()).isEqualTo(401);
        assertThat(victim.json().get("code").asText()).isEqualTo("auth.refresh-invalid");
        // and the gateway and every service are told to refuse the session's access tokens
        assertThat(redis.opsForZSet().score(RevocationChannel.REVOKED_SESSIONS, sessionOf(first.accessToken())))
                .isNotNull();
    }

    @Test
    void logoutEndsTheSessionAtOnce() throws Exception {
        SessionTokens tokens = sessions.start(accounts.createResident());

        Http.Response logout = http().post("/api/auth/logout", tokens.accessToken(), null);

        assertThat(logout.status()).isEqualTo(204);
        Double until = redis.opsForZSet().score(RevocationChannel.REVOKED_SESSIONS, sessionOf(tokens.accessToken()));
        assertThat(until)
                .as("announced for as long as the access token lives, plus a minute")
                .isNotNull();
        assertThat(until.longValue() - System.currentTimeMillis()).isBetween(600_000L, 661_000L);
        Http.Response refresh = http().post("/api/auth/refresh", null, Map.of("refreshToken", tokens.refreshToken()));
        assertThat(refresh.status()).isEqualTo(401);
    }

    @Test
    void aSignedOutTokenIsRefusedByTheServiceItselfWithinASecond() throws Exception {
        SessionTokens tokens = sessions.start(accounts.createResident());
        assertThat(http().get("/api/org/households/1", tokens.accessToken()).status())
                .isNotEqualTo(401);

        assertThat(http().post("/api/auth/logout", tokens.accessToken(), null).status())
                .isEqualTo(204);

        // reached directly, not through the gateway: the service learnt of the logout by subscription
        await().atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> {
                    Http.Response refused = http().get("/api/org/households/1", tokens.accessToken());
                    assertThat(refused.status()).isEqualTo(401);
                    assertThat(refused.json().get("code").asText()).isEqualTo("auth.token-revoked");
                });
    }

    @Test
    void aRefreshSucceedsWhileTheClientStillSendsItsExpiredAccessToken() {
        SessionTokens tokens = sessions.start(accounts.createResident());
        String expired = TestTokens.expiredStaff(Role.GRID_WORKER, 1, "/1/");

        Http.Response refreshed =
                http().post("/api/auth/refresh", expired, Map.of("refreshToken", tokens.refreshToken()));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("accessToken").asText()).isNotBlank();
        // elsewhere the same header is still refused
        assertThat(http().get("/api/org/households/1", expired).status()).isEqualTo(401);
    }

    @Test
    void logoutNeedsAToken() {
        assertThat(http().post("/api/auth/logout", null, null).status()).isEqualTo(401);
    }

    @Test
    void unknownOrMalformedRefreshTokensAreRefusedPlainly() {
        Http.Response unknown = http().post("/api/auth/refresh", null, Map.of("refreshToken", "no-such-token"));
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().get("code").asText()).isEqualTo("auth.refresh-invalid");

        Http.Response blank = http().post("/api/auth/refresh", null, Map.of("refreshToken", ""));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().get("errors").get(0).get("field").asText()).isEqualTo("refreshToken");
    }

    @Test
    void theJwksVerifiesIssuedTokensAndHoldsNoPrivatePart() throws Exception {
        SessionTokens tokens = sessions.start(accounts.createResident());

        Http.Response jwks = http().get("/api/auth/jwks", null);

        assertThat(jwks.status()).isEqualTo(200);
        JWKSet set = JWKSet.parse(jwks.text());
        RSAKey key = (RSAKey) set.getKeys().get(0);
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwks.text()).doesNotContain("\"d\"");
        SignedJWT jwt = SignedJWT.parse(tokens.accessToken());
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(key.getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("RESIDENT");
    }

    private static String sessionOf(String accessToken) throws Exception {
        return SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim("sid");
    }
}
