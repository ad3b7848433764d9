package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Signed-out sessions: svc-organization writes the denylist key, the gateway reads it per request. */
class TokenRevocationIT extends AbstractGatewayIT {

    private static final String PATH = "/api/org/households/7/party-members";

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void aTokenOfARevokedSessionIsRefused() throws Exception {
        String session = UUID.randomUUID().toString();
        revoke(session);

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
    void aLogoutTakesEffectOnTheVeryNextRequest() throws Exception {
        String session = UUID.randomUUID().toString();
        String token = Tokens.token().session(session).mint();
        assertThat(client.get(PATH, token).statusCode()).isEqualTo(200);

        revoke(session);

        assertProblem(client.get(PATH, token), 401, "auth.token-revoked");
    }

    @Test
    void aTokenWithoutASessionClaimPasses() throws Exception {
        assertThat(client.get(PATH, Tokens.communityAdmin()).statusCode()).isEqualTo(200);
    }

    private void revoke(String session) {
        redis.opsForValue()
                .set("linli:auth:revoked-session:" + session, "1", Duration.ofMinutes(15))
                .block(Duration.ofSeconds(5));
    }
}
