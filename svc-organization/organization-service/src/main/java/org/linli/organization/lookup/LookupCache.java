package org.linli.organization.lookup;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.linli.organization.OrganizationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two-level cache-aside for the hot lookups: a near cache in this JVM, then Redis, then MySQL.
 *
 * <p>Invalidation: after a change commits, the key is deleted from Redis and then announced on a
 * pub/sub channel, on which every instance (this one included) drops its near copy. The near cache is
 * only trusted while Redis answers: when Redis is away, announcements cannot arrive, so every read
 * goes to MySQL, and on recovery the near cache starts empty. Near entries also expire after a short
 * TTL, which bounds the damage of any announcement lost in between.
 */
@Component
public class LookupCache {

    static final String EVICTIONS = "linli:org:lookup-evictions";
    private static final Logger log = LoggerFactory.getLogger(LookupCache.class);
    private static final long RETRY_REDIS_AFTER_MS = 2_000;
    private static final long SECOND_EVICTION_DELAY_MS = 500;

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration ttl;
    private final NearCache near;
    private final Set<String> pendingEvictions = ConcurrentHashMap.newKeySet();
    private volatile long redisDownUntil;
    private final ScheduledExecutorService secondEviction = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lookup-second-eviction");
        t.setDaemon(true);
        return t;
    });

    LookupCache(StringRedisTemplate redis, JsonMapper json, NearCache near, OrganizationProperties properties) {
        this.redis = redis;
        this.json = json;
        this.near = near;
        this.ttl = properties.lookupCache().ttl();
    }

    /** The cached value for {@code key}, loading it from MySQL when neither cache has it; null = absent. */
    public <T> T get(String key, Class<T> type, Supplier<T> loader) {
        boolean redisUsable = redisUsable();
        if (redisUsable) {
            Object local = near.get(key);
            if (local != null) {
                return type.cast(local);
            }
            try {
                String cached = redis.opsForValue().get(key);
                if (cached != null) {
                    T value = json.readValue(cached, type);
                    near.put(key, value);
                    return value;
                }
            } catch (DataAccessException e) {
                redisFailed(e);
                redisUsable = false;
            }
        }
        T loaded = loader.get();
        if (loaded != null && redisUsable) {
            try {
                redis.opsForValue().set(key, json.writeValueAsString(loaded), ttl);
                near.put(key, loaded);
            } catch (DataAccessException e) {
                redisFailed(e);
            }
        }
        return loaded;
    }

    /** Drops {@code keys} everywhere: Redis, then every instance's near cache. */
    public void evict(Collection<String> keys) {
        keys.forEach(near::invalidate);
        try {
            deleteAndAnnounce(keys);
            // a reader that loaded from MySQL just before the change committed may write the old value
            // back after this delete; a second delete a moment later removes it
            secondEviction.schedule(() -> evictQuietly(keys), SECOND_EVICTION_DELAY_MS, TimeUnit.MILLISECONDS);
        } catch (DataAccessException e) {
            // the Redis copy would outlive this change: keep the keys and delete them before Redis is
            // trusted again (see redisUsable); until then every read here goes to MySQL
            pendingEvictions.addAll(keys);
            redisFailed(e);
        }
    }

    private void evictQuietly(Collection<String> keys) {
        try {
            keys.forEach(near::invalidate);
            deleteAndAnnounce(keys);
        } catch (DataAccessException e) {
            pendingEvictions.addAll(keys);
            redisFailed(e);
        }
    }

    @PreDestroy
    void stop() {
        secondEviction.shutdownNow();
    }

    private void deleteAndAnnounce(Collection<String> keys) {
        redis.delete(keys);
        for (String key : keys) {
            redis.convertAndSend(EVICTIONS, key);
        }
    }

    private boolean redisUsable() {
        if (redisDownUntil == 0) {
            return true;
        }
        if (System.currentTimeMillis() < redisDownUntil) {
            return false;
        }
        // evictions may have been missed while Redis was away: start the near cache afresh, and first
        // delete what changed here meanwhile, or Redis would serve it stale
        near.clear();
        if (!pendingEvictions.isEmpty()) {
            List<String> keys = List.copyOf(pendingEvictions);
            try {
                deleteAndAnnounce(keys);
                keys.forEach(pendingEvictions::remove);
            } catch (DataAccessException e) {
                redisDownUntil = System.currentTimeMillis() + RETRY_REDIS_AFTER_MS;
                return false;
            }
        }
        redisDownUntil = 0;
        log.info("Redis is back; lookups use the caches again");
        return true;
    }

    private void redisFailed(DataAccessException e) {
        if (redisDownUntil == 0) {
            log.warn("Redis unavailable, lookups answer from MySQL: {}", e.getMessage());
        }
        near.clear();
        redisDownUntil = System.currentTimeMillis() + RETRY_REDIS_AFTER_MS;
    }
}
