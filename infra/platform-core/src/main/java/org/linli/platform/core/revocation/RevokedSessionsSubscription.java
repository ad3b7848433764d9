package org.linli.platform.core.revocation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Keeps {@link RevokedSessions} current: subscribes to {@link RevocationChannel#CHANNEL}, then loads the
 * set, so nothing announced in between is missed; and loads it again every {@code reloadEvery}, which
 * covers announcements published while this process was cut off from Redis (pub/sub does not keep
 * messages for absent subscribers). With Redis down at start the process still starts: it refuses what
 * it knows and catches up when Redis is back.
 */
public class RevokedSessionsSubscription implements SmartLifecycle, MessageListener {

    private static final Logger log = LoggerFactory.getLogger(RevokedSessionsSubscription.class);

    private final RedisConnectionFactory connections;
    private final StringRedisTemplate redis;
    private final RevokedSessions revoked;
    private final Duration reloadEvery;
    private volatile RedisMessageListenerContainer container;
    private volatile boolean running;
    private ScheduledExecutorService reloader;
    private volatile boolean loadFailing;
    private volatile boolean subscribeFailing;

    public RevokedSessionsSubscription(
            RedisConnectionFactory connections, RevokedSessions revoked, Duration reloadEvery) {
        this.connections = connections;
        this.redis = new StringRedisTemplate(connections);
        this.revoked = revoked;
        this.reloadEvery = reloadEvery;
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        int space = body.indexOf(' ');
        if (space <= 0) {
            return;
        }
        try {
            revoked.add(body.substring(space + 1), Long.parseLong(body.substring(0, space)));
        } catch (NumberFormatException e) {
            log.warn("Ignored a malformed session revocation announcement");
        }
    }

    /** Loads every current revocation from the sorted set; returns how many are known afterwards. */
    public int reload() {
        try {
            Set<TypedTuple<String>> current = redis.opsForZSet()
                    .rangeByScoreWithScores(
                            RevocationChannel.REVOKED_SESSIONS, System.currentTimeMillis(), Double.POSITIVE_INFINITY);
            if (current != null) {
                for (TypedTuple<String> entry : current) {
                    if (entry.getValue() != null && entry.getScore() != null) {
                        revoked.add(entry.getValue(), entry.getScore().longValue());
                    }
                }
            }
            revoked.forgetExpired();
            if (loadFailing) {
                log.info("Revoked sessions loaded again from Redis");
                loadFailing = false;
            }
        } catch (RuntimeException e) {
            if (!loadFailing) {
                log.warn(
                        "Cannot load revoked sessions from Redis yet; refusing only those already known: {}",
                        e.toString());
                loadFailing = true;
            }
        }
        return revoked.size();
    }

    @Override
    public void start() {
        running = true;
        subscribe();
        reload();
        reloader = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "revoked-sessions");
            t.setDaemon(true);
            return t;
        });
        long every = reloadEvery.toMillis();
        reloader.scheduleWithFixedDelay(this::catchUp, every, every, TimeUnit.MILLISECONDS);
    }

    /** Subscribes if not yet subscribed (Redis was down at start), then loads what was missed meanwhile. */
    private void catchUp() {
        if (container == null) {
            subscribe();
        }
        reload();
    }

    /**
     * Once subscribed, the listener container re-subscribes by itself after a lost connection; it cannot
     * make a first subscription while Redis is down, though, so that is retried here.
     */
    private synchronized void subscribe() {
        RedisMessageListenerContainer candidate = new RedisMessageListenerContainer();
        candidate.setConnectionFactory(connections);
        candidate.addMessageListener(this, ChannelTopic.of(RevocationChannel.CHANNEL));
        try {
            candidate.afterPropertiesSet();
            candidate.start();
            container = candidate;
            if (subscribeFailing) {
                log.info("Subscribed to session revocations");
                subscribeFailing = false;
            }
        } catch (RuntimeException e) {
            // said once per outage, not at every retry
            if (!subscribeFailing) {
                log.warn(
                        "Cannot subscribe to session revocations yet (Redis unavailable); retrying every {}",
                        reloadEvery);
                subscribeFailing = true;
            }
            close(candidate);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (reloader != null) {
            reloader.shutdownNow();
            reloader = null;
        }
        if (container != null) {
            close(container);
            container = null;
        }
    }

    private static void close(RedisMessageListenerContainer container) {
        try {
            container.destroy();
        } catch (Exception e) {
            log.debug("Closing the revocation subscription: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
