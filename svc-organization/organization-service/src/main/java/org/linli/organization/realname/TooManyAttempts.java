package org.linli.organization.realname;

import java.time.Duration;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;

/** The failure limit is reached; {@code retryAfterSeconds} until the oldest failure leaves the window. */
class TooManyAttempts extends DomainException {

    TooManyAttempts(int limit, long retryAfterSeconds) {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                "real-name.too-many-attempts",
                "Real-name verification failed " + limit + " times; try again in " + hours(retryAfterSeconds) + ".",
                Duration.ofSeconds(retryAfterSeconds));
    }

    private static String hours(long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        return minutes < 120 ? minutes + " minutes" : (minutes + 59) / 60 + " hours";
    }
}
