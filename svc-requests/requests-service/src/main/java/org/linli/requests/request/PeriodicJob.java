package org.linli.requests.request;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A job every instance runs on a thread of its own, every {@code interval}; {@link #runOnce} must be safe
 * with several instances running it at once (row locks with SKIP LOCKED). Off when {@code
 * linli.requests.jobs-enabled} is false (the integration tests run passes themselves, with a moved clock).
 */
abstract class PeriodicJob implements SmartLifecycle {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String name;
    private final Duration interval;
    private final boolean enabled;
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean failing;

    PeriodicJob(String name, Duration interval, boolean enabled) {
        this.name = name;
        this.interval = interval;
        this.enabled = enabled;
    }

    /** One pass over what is due; returns how many requests it handled. */
    abstract int runOnce();

    private void tick() {
        try {
            runOnce();
            if (failing) {
                log.info("{} recovered", name);
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                // whatever is due stays due and is taken on the next pass; say so once, not every pass
                log.warn("{} could not run: {}", name, e.getMessage());
                failing = true;
            }
        }
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
