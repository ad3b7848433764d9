package org.linli.gateway.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The browser-facing security headers, on every answer: proxied ones, the gateway's own refusals
 * and the API docs alike. The gateway owns them (Spring Security's header writer is off) so there is
 * one place to read the policy. Written just before commit, after the proxied response's headers
 * were copied in: the policy headers replace whatever a service sent (no duplicates), while a
 * service's own {@code Cache-Control} is kept (an export may choose its own caching); answers that
 * say nothing about caching get {@code no-store}, since API answers hold personal data.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final ClientAddresses clients;

    SecurityHeadersFilter(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        // decided now, while the request is at hand; HSTS over plain http would be ignored anyway
        boolean https = clients.overHttps(exchange.getRequest());
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            if (https) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            if (!headers.containsHeader(HttpHeaders.CACHE_CONTROL)) {
                headers.setCacheControl("no-store");
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return FilterOrder.SECURITY_HEADERS;
    }
}
