package org.linli.gateway.web;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a W3C trace id and tells the client which one, so a complaint ("it failed at
 * 10:02") can be matched to the log lines of every service it touched. A valid incoming
 * {@code traceparent} is passed through untouched; otherwise a well-formed {@code X-Trace-Id} from
 * the client is kept, else a new id is made. Runs first so even a 401 carries the id.
 */
@Component
class TraceIdFilter implements WebFilter, Ordered {

    static final String TRACE_ID = "X-Trace-Id";
    static final String TRACEPARENT = "traceparent";
    private static final String TRACE_ID_ATTRIBUTE = TraceIdFilter.class.getName() + ".traceId";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders incoming = exchange.getRequest().getHeaders();
        String traceId = traceIdOf(incoming.getFirst(TRACEPARENT));
        ServerHttpRequest request;
        if (traceId != null) {
            String id = traceId;
            request = exchange.getRequest()
                    .mutate()
                    .headers(h -> h.set(TRACE_ID, id))
                    .build();
        } else {
            String clientId = incoming.getFirst(TRACE_ID);
            String id = isTraceId(clientId) ? clientId : hex16(random()) + hex16(random());
            // start the W3C context here so services using standard propagation join the same trace
            String traceparent = "00-" + id + "-" + hex16(random()) + "-01";
            request = exchange.getRequest()
                    .mutate()
                    .headers(h -> {
                        h.set(TRACE_ID, id);
                        h.set(TRACEPARENT, traceparent);
                    })
                    .build();
            traceId = id;
        }
        String id = traceId;
        exchange.getAttributes().put(TRACE_ID_ATTRIBUTE, id);
        // set just before commit: the proxied response's headers are copied in after this filter runs
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(TRACE_ID, id);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** The trace id this request was given, or null before this filter ran. */
    static String currentTraceId(ServerWebExchange exchange) {
        return exchange.getAttribute(TRACE_ID_ATTRIBUTE);
    }

    /** The trace-id field of a version-00 traceparent ({@code 00-<32 hex>-<16 hex>-<2 hex>}), or null. */
    static String traceIdOf(String traceparent) {
        if (traceparent == null
                || traceparent.length() != 55
                || !traceparent.startsWith("00-")
                || traceparent.charAt(35) != '-'
                || traceparent.charAt(52) != '-') {
            return null;
        }
        String traceId = traceparent.substring(3, 35);
        return isTraceId(traceId) && isLowerHex(traceparent, 36, 52) && isLowerHex(traceparent, 53, 55)
                ? traceId
                : null;
    }

    static boolean isTraceId(String value) {
        return value != null
                && value.length() == 32
                && isLowerHex(value, 0, 32)
                && !value.equals("00000000000000000000000000000000");
    }

    private static boolean isLowerHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static long random() {
        long value;
        do {
            value = ThreadLocalRandom.current().nextLong();
        } while (value == 0);
        return value;
    }

    private static String hex16(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(16 - hex.length()) + hex;
    }

    @Override
    public int getOrder() {
        return FilterOrder.TRACE_ID;
    }
}
