package org.linli.organization.lookup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** Subscribes this instance's near cache to the eviction announcements of every instance. */
@Configuration(proxyBeanMethods = false)
class LookupEvictionSubscription {

    @Bean
    RedisMessageListenerContainer lookupEvictionListener(RedisConnectionFactory redis, LookupCache cache) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(cache, new ChannelTopic(LookupCache.EVICTIONS));
        return container;
    }
}
