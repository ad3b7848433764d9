package org.linli.organization.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.linli.platform.core.revocation.RevocationChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the gateway and every service which sessions are over: their access tokens are refused from the
 * next request on, although they have not expired ({@link RevocationChannel}). An announcement only
 * needs to outlive the longest-lived access token.
 */
@Component
class SessionRevocations {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocations.class);

    private final RevocationChannel channel;
    private final Duration keep;
    private final Clock clock;

    SessionRevocations(StringRedisTemplate redis, TokenProperties properties, Clock clock) {
        this.channel = new RevocationChannel(redis);
        // a minute beyond the access-token lifetime covers clock skew between issuer and verifiers
        this.keep = properties.accessTtl().plusMinutes(1);
        this.clock = clock;
    }

    /**
     * With Redis down the refresh tokens are still revoked in MySQL, so the session cannot be renewed;
     * its access tokens then stay usable until they expire (at most the access-token lifetime).
     */
    void revoke(String sessionId) {
        try {
            // verifiers compare with their own clock; the issuer's may run ahead in tests, so take the later one
            Instant now = clock.instant().isAfter(Instant.now()) ? clock.instant() : Instant.now();
            channel.revoke(sessionId, now.plus(keep));
        } catch (RuntimeException e) {
            log.warn("Could not announce a revoked session (Redis unavailable): {}", e.toString());
        }
    }
}
