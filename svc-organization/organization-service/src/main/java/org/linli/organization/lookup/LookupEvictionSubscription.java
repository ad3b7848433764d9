package org.linli.organization.lookup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Subscribes the near cache to every instance's eviction announcements. Subscribing happens in the
 * background and is retried, so the service starts (and answers from MySQL) while Redis is away.
 */
@Component
class LookupEvictionSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LookupEvictionSubscription.class);
    private static final long RETRY_MS = 2_000;

    private final RedisMessageListenerContainer container = new RedisMessageListenerContainer();
    private volatile Thread starter;

    LookupEvictionSubscription(RedisConnectionFactory redis, NearCache nearCache) {
        container.setConnectionFactory(redis);
        container.setRecoveryInterval(RETRY_MS);
        container.addMessageListener(nearCache, new ChannelTopic(LookupCache.EVICTIONS));
        container.afterPropertiesSet();
        nearCache.trustWhile(container::isListening);
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::subscribeUntilDone, "lookup-evictions-subscriber");
        thread.setDaemon(true);
        thread.start();
        starter = thread;
    }

    private void subscribeUntilDone() {
        boolean warned = false;
        while (!container.isRunning() && !Thread.currentThread().isInterrupted()) {
            try {
                container.start();
            } catch (RuntimeException e) {
                if (!warned) {
                    log.warn(
                            "Cannot subscribe to lookup evictions yet (near cache off until then): {}", e.getMessage());
                    warned = true;
                }
                try {
                    Thread.sleep(RETRY_MS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        if (starter != null) {
            starter.interrupt();
        }
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return starter != null;
    }
}
