package org.linli.organization.transfer;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How many imports this instance parses and writes at once. An import holds a request thread for
 * seconds and its whole file in memory, and the request threads are few (sized for the CPU-bound hot
 * lookups, see application.yml): a handful of imports at once must not take them all. One more is
 * refused with 503 and {@code Retry-After} before its file is parsed.
 */
@Component
class ImportSlots {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final Semaphore slots;

    ImportSlots(TransferProperties properties) {
        this.slots = new Semaphore(Math.max(1, properties.maxConcurrentImports()));
    }

    <T> T run(Supplier<T> anImport) {
        if (!slots.tryAcquire()) {
            throw new DomainException(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "import.busy",
                    "Other imports are running right now; please send the file again in a few seconds.",
                    RETRY_AFTER);
        }
        try {
            return anImport.get();
        } finally {
            slots.release();
        }
    }
}
