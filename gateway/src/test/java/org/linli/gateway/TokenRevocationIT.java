package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.revocation.RevocationChannel;
import org.linli.platform.core.revocation.RevokedSessionsSubscription;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Signed-out sessions: svc-organization announces them (RevocationChannel), the gateway learns them by
 * subscription and refuses their tokens from memory.
 */
class TokenRevocationIT extends AbstractGatewayIT {

    private static final String PATH = "/api/org/households/7/party-members";

    @Autowired
    RedisConnectionFactory connections;

    @Autowired
    RevokedSessionsSubscription subscription;

    @Test
    void aTokenOfARevokedSessionIsRefused() throws Exception {
        String session = UUID.randomUUID().toString();
        revoke(session);
        subscription.reload();

        HttpResponse<String> response =
                client.get(PATH, Tokens.token().session(session).mint());

        assertProblem(response, 401, "auth.token-revoked");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(organization.untouched()).isTrue();
    }

    @Test
    void aTokenOfALiveSessionPasses() throws Exception {
        String session = UUID.randomUUID().toString();
        revoke(UUID.randomUUID().toString()); // someone else's

        HttpResponse<String> response =
                client.get(PATH, Tokens.token().session(session).mint());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(organization.next().path()).isEqualTo(PATH);
    }

    @Test
    void aLogoutTakesEffectWithinASecond() throws Exception {
        String session = UUID.randomUUID().toString();
        String token = Tokens.token().session(session).mint();
        assertThat(client.get(PATH, token).statusCode()).isEqualTo(200);

        revoke(session);

        await().atMost(Duration.ofSeconds(1))
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertProblem(client.get(PATH, token), 401, "auth.token-revoked"));
    }

    @Test
    void aRevocationWhoseAnnouncementWasMissedIsLoadedFromTheSet() throws Exception {
        String session = UUID.randomUUID().toString();
        String token = Tokens.token().session(session).mint();
        // written to the set but never published, as if the gateway had been cut off at that moment
        new StringRedisTemplate(connections)
                .opsForZSet()
                .add(
                        RevocationChannel.REVOKED_SESSIONS,
                        session,
                        Instant.now().plusSeconds(600).toEpochMilli());
        assertThat(client.get(PATH, token).statusCode()).isEqualTo(200);

        subscription.reload();

        assertProblem(client.get(PATH, token), 401, "auth.token-revoked");
    }

    @Test
    void anAnnouncementOutlivedByItsTokensIsForgotten() throws Exception {
        String session = UUID.randomUUID().toString();
        new RevocationChannel(new StringRedisTemplate(connections))
                .revoke(session, Instant.now().minusSeconds(1));

        assertThat(client.get(PATH, Tokens.token().session(session).mint()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aTokenWithoutASessionClaimPasses() throws Exception {
        assertThat(client.get(PATH, Tokens.communityAdmin()).statusCode()).isEqualTo(200);
    }

    /** As svc-organization does on logout. */
    private void revoke(String session) {
        new RevocationChannel(new StringRedisTemplate(connections))
                .revoke(session, Instant.now().plusSeconds(660));
    }
}
