package org.linli.gateway.ratelimit;

import java.util.List;
import org.linli.gateway.ratelimit.RateLimitProperties.Limit;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's {@link RedisRateLimiter} (the token-bucket Lua script, atomic in Redis),
 * driven with our own limits. Its unit is tokens per second, so "N requests per P seconds, burst B"
 * becomes: refill N tokens a second, each request takes P tokens, the bucket holds B × P. That keeps
 * whole numbers for limits such as 10 a minute, which tokens-per-second alone cannot express.
 */
class TokenBuckets {

    /** What one check said. {@code redisFailed}: RedisRateLimiter let the request through blind. */
    record Verdict(boolean allowed, long retryAfterSeconds, boolean redisFailed) {}

    private final RedisRateLimiter limiter;

    TokenBuckets(
            ReactiveStringRedisTemplate redis, RedisScript<List<Long>> script, ConfigurationService configuration) {
        this.limiter = new RedisRateLimiter(redis, script, configuration);
    }

    void define(String name, Limit limit) {
        RedisRateLimiter.Config config = new RedisRateLimiter.Config()
                .setReplenishRate(limit.requests())
                .setRequestedTokens((int) limit.per().toSeconds());
        config.setBurstCapacity((long) limit.burst() * limit.per().toSeconds());
        limiter.getConfig().put(name, config);
    }

    /** Takes a request's tokens from bucket {@code name} of {@code client}. */
    Mono<Verdict> take(String name, String client) {
        return limiter.isAllowed(name, client).map(response -> verdict(name, response));
    }

    private Verdict verdict(String name, RateLimiter.Response response) {
        long remaining = Long.parseLong(response.getHeaders().getOrDefault(RedisRateLimiter.REMAINING_HEADER, "0"));
        if (remaining < 0) {
            // RedisRateLimiter's sign for "Redis failed, allowed anyway"
            return new Verdict(true, 0, true);
        }
        if (response.isAllowed()) {
            return new Verdict(true, 0, false);
        }
        RedisRateLimiter.Config config = limiter.getConfig().get(name);
        return new Verdict(
                false, retryAfterSeconds(config.getRequestedTokens(), config.getReplenishRate(), remaining), false);
    }

    /** Whole seconds until the bucket, refilled at {@code rate} tokens a second, holds {@code cost}. */
    static long retryAfterSeconds(int cost, int rate, long remaining) {
        long missing = Math.max(1, cost - remaining);
        return Math.max(1, (missing + rate - 1) / rate);
    }
}
