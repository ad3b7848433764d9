package org.linli.platform.core.revocation;

import java.time.Instant;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Where revoked sessions are announced, shared by the issuer (svc-organization) and every verifier. A
 * sorted set holds the current ones (member: session id, score: until when its tokens may still be
 * shown, epoch millis), so a process that starts or reconnects loads them in one command; a
 * publish on the channel tells the running ones at once.
 */
public final class RevocationChannel {

    public static final String REVOKED_SESSIONS = "linli:auth:revoked-sessions";
    public static final String CHANNEL = "linli:auth:session-revoked";

    private final StringRedisTemplate redis;

    public RevocationChannel(StringRedisTemplate redis) {
        this.redis = redis;
    }

    /**
     * Announces that no token of {@code sid} may be used any more. {@code until} only needs to outlive
     * the session's last access token. Throws when Redis is unavailable; the caller decides what that means.
     */
    public void revoke(String sid, Instant until) {
        long untilMillis = until.toEpochMilli();
        redis.opsForZSet().add(REVOKED_SESSIONS, sid, untilMillis);
        // announcements of sessions whose tokens have all expired are dead weight for every loader
        redis.opsForZSet().removeRangeByScore(REVOKED_SESSIONS, Double.NEGATIVE_INFINITY, System.currentTimeMillis());
        redis.convertAndSend(CHANNEL, message(sid, untilMillis));
    }

    static String message(String sid, long untilMillis) {
        return untilMillis + " " + sid;
    }
}
