package org.linli.gateway.ratelimit;

import java.util.List;
import org.linli.gateway.redis.FailOpen;
import org.linli.gateway.web.ClientAddresses;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "linli.gateway.rate-limits.enabled", matchIfMissing = true)
class RateLimitConfig {

    @Bean
    RateLimitFilter rateLimitFilter(
            ReactiveStringRedisTemplate redis,
            // the token-bucket script Spring Cloud Gateway registers for its own RedisRateLimiter
            @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME) RedisScript<List<Long>> script,
            ConfigurationService configuration,
            RateLimitProperties properties,
            ClientAddresses clients,
            FailOpen failOpen) {
        return new RateLimitFilter(
                new TokenBuckets(redis, loadedOnce(script), configuration), properties, clients, failOpen);
    }

    /**
     * The same script, held as text. Spring Cloud Gateway's bean reads it from a classpath resource, and
     * {@code DefaultRedisScript} then asks on every call whether that resource changed: inside a jar that
     * throws and catches a FileNotFoundException and stats the jar, about an eighth of the gateway's CPU
     * per request in a profile. A script inside our own jar never changes while we run.
     */
    @SuppressWarnings("unchecked")
    static RedisScript<List<Long>> loadedOnce(RedisScript<List<Long>> script) {
        return RedisScript.of(script.getScriptAsString(), (Class<List<Long>>) (Class<?>) List.class);
    }
}
