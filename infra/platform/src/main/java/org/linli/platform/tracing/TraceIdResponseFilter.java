package org.linli.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every request with its trace id in {@code X-Trace-Id}, the header the gateway gives
 * clients, so a call made to a service directly (another service, an operator) can be found in the
 * logs the same way. Through the gateway the gateway's header replaces this one: same id, one header.
 */
public class TraceIdResponseFilter extends OncePerRequestFilter {

    public static final String TRACE_ID = "X-Trace-Id";

    private final Tracer tracer;

    public TraceIdResponseFilter(Tracer tracer) {
        this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // set before the chain runs: a controller's streamed body or a sendError commits the headers
        Span span = tracer.currentSpan();
        String traceId = span == null ? "" : span.context().traceId();
        // empty from the no-op tracer, when tracing is switched off
        if (!traceId.isEmpty()) {
            response.setHeader(TRACE_ID, traceId);
        }
        chain.doFilter(request, response);
    }
}
