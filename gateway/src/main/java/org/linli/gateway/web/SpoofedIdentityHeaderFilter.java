package org.linli.gateway.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Drops identity and internal headers a client sent. Who the caller is comes only from the verified
 * token; a header such as {@code X-User-Id: 1} must never reach a service that might one day trust
 * it. Runs before security so nothing in the gateway sees them either.
 */
@Component
class SpoofedIdentityHeaderFilter implements WebFilter, Ordered {

    private static final List<String> PREFIXES = List.of("x-user-", "x-linli-", "x-auth-request-");
    private static final Set<String> NAMES = Set.of(
            "x-user",
            "x-forwarded-user",
            "x-forwarded-email",
            "x-forwarded-groups",
            "x-remote-user",
            "remote-user",
            "x-authenticated-user",
            "x-authenticated-userid");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> spoofed = null;
        for (String name : exchange.getRequest().getHeaders().headerNames()) {
            if (isIdentityHeader(name)) {
                if (spoofed == null) {
                    spoofed = new ArrayList<>(2);
                }
                spoofed.add(name);
            }
        }
        if (spoofed == null) {
            // the usual case: no copy of the request
            return chain.filter(exchange);
        }
        List<String> remove = spoofed;
        return chain.filter(exchange.mutate()
                .request(r -> r.headers(headers -> remove.forEach(headers::remove)))
                .build());
    }

    static boolean isIdentityHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(lower)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return FilterOrder.SPOOFED_HEADERS;
    }
}
