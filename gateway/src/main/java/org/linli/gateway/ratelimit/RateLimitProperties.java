package org.linli.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpMethod;
import org.springframework.lang.Nullable;

/**
 * Token-bucket limits kept in Redis. A request is counted against the first {@code paths} rule its
 * path matches, else against {@code user} (authenticated: per token subject) or {@code anonymous}
 * (per client address). A rule's bucket is also per subject or per address.
 *
 * @param enabled off only for experiments: without limits one client can starve the rest
 */
@ConfigurationProperties("linli.gateway.rate-limits")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled, Limit user, Limit anonymous, List<PathLimit> paths) {

    public RateLimitProperties {
        if (enabled && (user == null || anonymous == null)) {
            throw new IllegalStateException("linli.gateway.rate-limits needs a user and an anonymous limit");
        }
        paths = paths == null ? List.of() : List.copyOf(paths);
    }

    /**
     * {@code requests} per {@code per}, steadily, after an initial {@code burst}: "10 per 1m, burst 5"
     * lets 5 through at once, then one every 6 s.
     */
    public record Limit(int requests, Duration per, int burst) {

        public Limit {
            if (requests < 1 || burst < 1 || per == null || per.toMillis() % 1000 != 0 || per.toSeconds() < 1) {
                throw new IllegalStateException(
                        "A rate limit needs requests >= 1, burst >= 1 and a period of whole seconds: " + requests
                                + " per " + per + ", burst " + burst);
            }
            // the bucket must hold at least one second of refill (RedisRateLimiter's rule)
            if ((long) burst * per.toSeconds() < requests) {
                throw new IllegalStateException("A rate limit's burst must be at least its requests per second: "
                        + requests + " per " + per + ", burst " + burst);
            }
        }
    }

    /**
     * A stricter limit for some paths, such as login: {@code name} keeps its buckets apart in Redis.
     *
     * @param methods the methods it counts (reading one's real-name status is no check); all when empty
     */
    public record PathLimit(String name, List<String> patterns, @Nullable List<HttpMethod> methods, Limit limit) {

        public PathLimit {
            if (name == null || name.isBlank() || patterns == null || patterns.isEmpty() || limit == null) {
                throw new IllegalStateException("A path rate limit needs a name, patterns and a limit");
            }
            patterns = List.copyOf(patterns);
            methods = methods == null ? List.of() : List.copyOf(methods);
        }
    }
}
