package org.linli.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;

/**
 * {@link EventTracing} on Micrometer Tracing. The trace context is written and read as W3C
 * {@code traceparent} directly, not through the configured {@code Propagator}: an event row must
 * carry the same thing whatever propagation format the service's HTTP calls use.
 */
class MicrometerEventTracing implements EventTracing {

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    private static final String ZEROS = "0".repeat(16);

    private final ObjectProvider<Tracer> tracer;

    MicrometerEventTracing(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    @Override
    public String traceparent() {
        Tracer t = tracer.getIfAvailable();
        TraceContext context = t == null ? null : t.currentTraceContext().context();
        if (context == null || context.traceId().isEmpty()) {
            return null; // no trace, or the no-op tracer's
        }
        // a 64-bit trace id is the low half of a 128-bit one
        String traceId = context.traceId().length() == 16 ? ZEROS + context.traceId() : context.traceId();
        return "00-" + traceId + "-" + context.spanId() + "-" + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }

    @Override
    public <T> T continueTrace(String traceparent, String name, Supplier<T> work) {
        Tracer t = tracer.getIfAvailable();
        Matcher m = traceparent == null ? null : TRACEPARENT.matcher(traceparent);
        if (t == null || m == null || !m.matches()) {
            return work.get();
        }
        TraceContext parent = t.traceContextBuilder()
                .traceId(m.group(1).startsWith(ZEROS) ? m.group(1).substring(16) : m.group(1))
                .spanId(m.group(2))
                .sampled((Integer.parseInt(m.group(3), 16) & 1) == 1)
                .build();
        Span span = t.spanBuilder()
                .setParent(parent)
                .name(name)
                .kind(Span.Kind.CONSUMER)
                .start();
        try (Tracer.SpanInScope scope = t.withSpan(span)) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }
}
