package org.linli.gateway.redis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records a check skipped because Redis did not answer. The rate limits fail open: letting requests
 * through for the length of a Redis outage is a smaller harm than refusing every user. (Revoked sessions
 * are checked in memory and need no Redis per request.) It
 * must not be silent, though: each skip counts in {@code linli.gateway.fail-open{check=...}} and a
 * warning is logged at most once per check every ten seconds (not per request, which would flood
 * the log exactly when someone is trying to read it).
 */
@Component
public class FailOpen {

    private static final Logger log = LoggerFactory.getLogger(FailOpen.class);
    private static final long WARN_EVERY_NANOS = 10_000_000_000L;

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastWarning = new ConcurrentHashMap<>();

    public FailOpen(MeterRegistry meters) {
        this.meters = meters;
    }

    public void skipped(String check, Throwable cause) {
        counters.computeIfAbsent(check, c -> Counter.builder("linli.gateway.fail-open")
                        .description("Requests let through without a check because Redis did not answer")
                        .tag("check", c)
                        .register(meters))
                .increment();
        AtomicLong last = lastWarning.computeIfAbsent(check, c -> new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS));
        long now = System.nanoTime();
        long previous = last.get();
        if (now - previous >= WARN_EVERY_NANOS && last.compareAndSet(previous, now)) {
            log.warn(
                    "Redis did not answer; letting requests through without the {} check (failing open): {}",
                    check,
                    cause == null ? "no detail" : cause.toString());
        }
    }
}
