package org.linli.gateway.ratelimit;

import java.util.List;
import org.linli.gateway.redis.FailOpen;
import org.linli.gateway.web.ClientAddresses;
import org.linli.gateway.web.FilterOrder;
import org.linli.gateway.web.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Rate limits every routed request, after authentication (so a user is known) and before the
 * circuit breaker (so a refusal here never counts against a service). A limited request gets 429
 * with {@code Retry-After}, the seconds until its bucket holds enough again. Not a RequestRateLimiter
 * route filter: that one can answer neither a problem detail nor {@code Retry-After}.
 */
class RateLimitFilter implements GlobalFilter, Ordered {

    static final String USER = "user";
    static final String ANONYMOUS = "anonymous";

    private record Rule(String name, List<PathPattern> patterns, List<HttpMethod> methods) {}

    private final TokenBuckets buckets;
    private final List<Rule> rules;
    private final ClientAddresses clients;
    private final FailOpen failOpen;

    RateLimitFilter(TokenBuckets buckets, RateLimitProperties properties, ClientAddresses clients, FailOpen failOpen) {
        this.buckets = buckets;
        this.clients = clients;
        this.failOpen = failOpen;
        buckets.define(USER, properties.user());
        buckets.define(ANONYMOUS, properties.anonymous());
        PathPatternParser parser = PathPatternParser.defaultInstance;
        this.rules = properties.paths().stream()
                .map(p -> {
                    buckets.define(p.name(), p.limit());
                    return new Rule(
                            p.name(), p.patterns().stream().map(parser::parse).toList(), p.methods());
                })
                .toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String rule = ruleFor(
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().pathWithinApplication());
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(caller -> new Bucket(rule != null ? rule : USER, "user:" + caller.getName()))
                .switchIfEmpty(Mono.fromSupplier(
                        () -> new Bucket(rule != null ? rule : ANONYMOUS, "ip:" + clients.of(exchange.getRequest()))))
                .flatMap(bucket -> buckets.take(bucket.name(), bucket.client()))
                .flatMap(verdict -> {
                    if (verdict.redisFailed()) {
                        failOpen.skipped("rate-limit", null);
                    }
                    if (verdict.allowed()) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse()
                            .getHeaders()
                            .set(HttpHeaders.RETRY_AFTER, Long.toString(verdict.retryAfterSeconds()));
                    return Problems.write(
                            exchange,
                            HttpStatus.TOO_MANY_REQUESTS,
                            "rate-limited",
                            "Too many requests; please try again in " + verdict.retryAfterSeconds() + " s.");
                });
    }

    private record Bucket(String name, String client) {}

    private String ruleFor(HttpMethod method, PathContainer path) {
        for (Rule rule : rules) {
            if (!rule.methods().isEmpty() && !rule.methods().contains(method)) {
                continue;
            }
            for (PathPattern pattern : rule.patterns()) {
                if (pattern.matches(path)) {
                    return rule.name();
                }
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return FilterOrder.RATE_LIMIT;
    }
}
