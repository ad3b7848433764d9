package org.linli.gateway.web;

import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Tells the client the request's trace id in {@code X-Trace-Id}, so a resident can quote it to
 * support and the log lines of every service it touched can be found. The id is Micrometer's: the
 * server observation continued the client's W3C {@code traceparent} or started a trace before any
 * filter ran, and the gateway's upstream observation passes it on. Runs first so even a 401 carries
 * the id.
 */
@Component
class TraceIdHeaderFilter implements WebFilter, Ordered {

    static final String TRACE_ID = "X-Trace-Id";
    private static final String TRACE_ID_ATTRIBUTE = TraceIdHeaderFilter.class.getName() + ".traceId";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String traceId = traceIdOfObservation(exchange);
        if (traceId != null) {
            exchange.getAttributes().put(TRACE_ID_ATTRIBUTE, traceId);
            // set just before commit: the proxied response's headers, a service's own X-Trace-Id
            // among them, are copied in after this filter runs
            exchange.getResponse().beforeCommit(() -> {
                exchange.getResponse().getHeaders().set(TRACE_ID, traceId);
                return Mono.empty();
            });
        }
        return chain.filter(exchange);
    }

    /** The trace id this request was given, or null before this filter ran or with tracing off. */
    static String currentTraceId(ServerWebExchange exchange) {
        return exchange.getAttribute(TRACE_ID_ATTRIBUTE);
    }

    // Read from the exchange, not from the Tracer's thread-local scope: a WebFilter runs outside it.
    private static String traceIdOfObservation(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .map(span -> span.context().traceId())
                .orElse(null);
    }

    @Override
    public int getOrder() {
        return FilterOrder.TRACE_ID;
    }
}
