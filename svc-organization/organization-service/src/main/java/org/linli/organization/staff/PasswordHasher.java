package org.linli.organization.staff;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Staff password hashes. New hashes are Argon2id ({@code {argon2}$argon2id$...}) with the OWASP
 * minimum parameters; the prefix lets a stored hash name its algorithm, so hashes made with older
 * parameters or algorithms (bcrypt from an imported roster) still verify and are replaced by a current
 * hash at the next successful login.
 */
@Component
class PasswordHasher {

    static final String CURRENT = "argon2";

    // OWASP Password Storage Cheat Sheet: Argon2id, m = 19 MiB, t = 2, p = 1
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;

    private final PasswordEncoder encoder;
    private final Semaphore permits;
    private final Duration maxWait;
    private final String dummyHash;

    PasswordHasher(StaffProperties properties) {
        this.encoder = new DelegatingPasswordEncoder(
                CURRENT,
                Map.of(
                        CURRENT,
                        new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
        this.permits = new Semaphore(Math.max(1, properties.hashing().maxConcurrent()), true);
        this.maxWait = properties.hashing().maxWait();
        // what an unknown username is checked against, so that it costs as much as a known one
        this.dummyHash = encoder.encode(UUID.randomUUID().toString());
    }

    String hash(String password) {
        return bounded(() -> encoder.encode(password));
    }

    boolean matches(String password, String storedHash) {
        return bounded(() -> encoder.matches(password, storedHash));
    }

    /** The same work as {@link #matches} for a username that does not exist; always false. */
    boolean matchesNobody(String password) {
        bounded(() -> encoder.matches(password, dummyHash));
        return false;
    }

    boolean needsUpgrade(String storedHash) {
        return encoder.upgradeEncoding(storedHash);
    }

    private <T> T bounded(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw RetryLater.busy(Duration.ofSeconds(1));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
