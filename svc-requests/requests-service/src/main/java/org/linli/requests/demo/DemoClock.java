package org.linli.requests.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock while the demo generator runs: real time, or the past instant the generator is writing a
 * step at. Every use case reads the time from the one {@link Clock} bean, so a step taken "at" an instant is
 * stamped with it on the request, its timeline and its deadlines, exactly as it would have been then.
 */
final class DemoClock extends Clock {

    private final AtomicReference<Instant> at;
    private final ZoneId zone;

    DemoClock() {
        this(new AtomicReference<>(), ZoneId.systemDefault());
    }

    private DemoClock(AtomicReference<Instant> at, ZoneId zone) {
        this.at = at;
        this.zone = zone;
    }

    /** Reads {@code instant} until told otherwise: steps of one request never overlap in time. */
    void standAt(Instant instant) {
        at.set(instant);
    }

    void runOnRealTime() {
        at.set(null);
    }

    @Override
    public Instant instant() {
        Instant fixed = at.get();
        return fixed != null ? fixed : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(at, zone);
    }
}
