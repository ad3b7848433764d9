package org.linli.gateway.web;

import java.time.Duration;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS for the web console, decided at the gateway so no service has to: a preflight from a
 * console origin is answered here (before security, which would want a token the browser never
 * sends on a preflight), and a cross-origin call from any other origin is refused with a problem
 * instead of reaching a service. Requests without {@code Origin}, or from the gateway's own origin
 * (the Swagger UI), are not CORS and pass untouched. Bearer tokens, not cookies, carry identity, so
 * credentials are not allowed.
 */
@Component
class CorsFilter implements WebFilter, Ordered {

    private final CorsConfiguration console;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();

    CorsFilter(HttpProperties properties) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(properties.consoleOrigins());
        config.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        config.setAllowedHeaders(List.of(
                "Authorization",
                "Content-Type",
                "Accept",
                "Accept-Language",
                "Idempotency-Key",
                "X-Trace-Id",
                "traceparent"));
        // what the console may read: the trace id to quote, when to retry, the name of a download
        config.setExposedHeaders(List.of("X-Trace-Id", "Retry-After", "Content-Disposition", "Location"));
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofHours(1));
        this.console = config;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        boolean allowed = processor.process(console, exchange);
        if (!allowed) {
            return Problems.write(
                    exchange,
                    HttpStatus.FORBIDDEN,
                    "cors.origin-refused",
                    "This origin may not call the Linli API from a browser.");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            // answered: the processor has written the Access-Control-Allow-* headers
            exchange.getResponse().setStatusCode(HttpStatus.OK);
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return FilterOrder.CORS;
    }
}
