package org.linli.organization.lookup;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.linli.organization.OrganizationProperties;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.stereotype.Component;

/**
 * This JVM's copy of recent lookups. It hears every instance's evictions over Redis pub/sub, so it is
 * only trusted while that subscription is live: an eviction announced while it was not would be missed.
 */
@Component
class NearCache implements MessageListener {

    private final Cache<String, Object> entries;
    private volatile BooleanSupplier subscribed = () -> false;

    NearCache(OrganizationProperties properties) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(properties.lookupCache().nearCacheSize())
                .expireAfterWrite(properties.lookupCache().nearCacheTtl())
                .build();
    }

    /** Called once the eviction subscription exists; until then, and whenever it is down, nothing is kept. */
    void trustWhile(BooleanSupplier subscriptionLive) {
        this.subscribed = subscriptionLive;
    }

    Object get(String key) {
        if (!subscribed.getAsBoolean()) {
            return null;
        }
        return entries.getIfPresent(key);
    }

    void put(String key, Object value) {
        if (subscribed.getAsBoolean()) {
            entries.put(key, value);
        }
    }

    void invalidate(String key) {
        entries.invalidate(key);
    }

    void clear() {
        entries.invalidateAll();
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        entries.invalidate(new String(message.getBody(), StandardCharsets.UTF_8));
    }
}
