package org.linli.platform.outbox;

import java.util.function.Supplier;
import org.springframework.lang.Nullable;

/** Carries the trace of a change into its event and out again around the handler that applies it. */
public interface EventTracing {

    /** Without Micrometer Tracing, events carry no trace and handlers run in none. */
    EventTracing NONE = new EventTracing() {
        @Override
        public String traceparent() {
            return null;
        }

        @Override
        public <T> T continueTrace(String traceparent, String name, Supplier<T> work) {
            return work.get();
        }
    };

    /** The current trace context as a W3C {@code traceparent}, or null outside any trace. */
    @Nullable
    String traceparent();

    /** Runs {@code work} in a new span that continues {@code traceparent} (or in none, when null). */
    <T> T continueTrace(@Nullable String traceparent, String name, Supplier<T> work);
}
