package org.linli.organization.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How staff passwords are guarded.
 *
 * @param lockout when repeated failures lock a username
 * @param hashing how many password hashes may run at once
 */
@ConfigurationProperties("linli.identity.staff")
public record StaffProperties(@DefaultValue Lockout lockout, @DefaultValue Hashing hashing) {

    /**
     * @param maxFailures failed attempts in a row that lock the username
     * @param duration how long the lock lasts; also how far apart failures may be and still count as "in a row"
     */
    public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {

        public Lockout {
            if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(
                        "linli.identity.staff.lockout needs max-failures >= 1 and a duration");
            }
        }
    }

    /**
     * Each Argon2 hash takes ~19 MiB and tens of milliseconds of a core; unbounded, a burst of logins
     * would exhaust the heap rather than queue.
     *
     * @param maxConcurrent hashes computed at once
     * @param maxWait how long a login waits for its turn before it is told to retry (503)
     */
    public record Hashing(@DefaultValue("4") int maxConcurrent, @DefaultValue("10s") Duration maxWait) {}
}
