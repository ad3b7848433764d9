package org.linli.gateway.security;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * A list of path patterns, matched in a plain loop. Spring Security's {@code pathMatchers(...)} builds
 * an OrServerWebExchangeMatcher, which formats a debug message per pattern per request whether debug
 * logging is on or not (commons-logging 1.3's location-aware SLF4J bridge renders the message before
 * the level is asked): 3 % of the gateway's CPU for the two lists it checks on every request.
 */
final class PathRules implements ServerWebExchangeMatcher {

    private final List<PathPattern> patterns;

    PathRules(List<String> patterns) {
        this.patterns =
                patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    boolean isEmpty() {
        return patterns.isEmpty();
    }

    boolean test(ServerWebExchange exchange) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        return test(exchange) ? MatchResult.match() : MatchResult.notMatch();
    }
}
