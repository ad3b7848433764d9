package org.linli.organization.token;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the gateway which sessions are over: their access tokens are refused from the next request on,
 * although they have not expired. A key only needs to outlive the longest-lived access token.
 *
 * <p>The key format is shared with the gateway: {@code linli:auth:revoked-session:{sid}}.
 */
@Component
class SessionRevocations {

    static final String KEY_PREFIX = "linli:auth:revoked-session:";
    private static final Logger log = LoggerFactory.getLogger(SessionRevocations.class);

    private final StringRedisTemplate redis;
    private final Duration keep;

    SessionRevocations(StringRedisTemplate redis, TokenProperties properties) {
        this.redis = redis;
        // a minute beyond the access-token lifetime covers clock skew between issuer and gateway
        this.keep = properties.accessTtl().plusMinutes(1);
    }

    /**
     * With Redis down the refresh tokens are still revoked in MySQL, so the session cannot be renewed;
     * its access tokens then stay usable until they expire (at most the access-token lifetime).
     */
    void revoke(String sessionId) {
        try {
            redis.opsForValue().set(KEY_PREFIX + sessionId, "1", keep);
        } catch (RuntimeException e) {
            log.warn("Could not announce a revoked session to the gateway (Redis unavailable): {}", e.toString());
        }
    }
}
