package org.linli.platform.core.revocation;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.lang.Nullable;

/**
 * The sessions signed out before their access tokens expire, held in memory: the check costs a map
 * lookup, not a Redis round trip per request. {@link RevokedSessionsSubscription} fills it; an entry is
 * forgotten once every access token of its session has expired anyway.
 */
public class RevokedSessions {

    private final Map<String, Long> untilMillis = new ConcurrentHashMap<>();
    private final Clock clock;

    public RevokedSessions(Clock clock) {
        this.clock = clock;
    }

    /** Whether a token of session {@code sid} must be refused; tokens without a session never are. */
    public boolean isRevoked(@Nullable String sid) {
        if (sid == null || untilMillis.isEmpty()) {
            return false;
        }
        Long until = untilMillis.get(sid);
        return until != null && until > clock.millis();
    }

    /** Learns a revocation; a later announcement of the same session can only lengthen it. */
    void add(String sid, long until) {
        if (until > clock.millis()) {
            untilMillis.merge(sid, until, Math::max);
        }
    }

    /** Drops the entries whose tokens have all expired. */
    void forgetExpired() {
        long now = clock.millis();
        untilMillis.values().removeIf(until -> until <= now);
    }

    int size() {
        return untilMillis.size();
    }
}
