package org.linli.organization.staff;

import java.time.Duration;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;

/** A refusal that ends at a known time, answered with {@code Retry-After} (see {@link StaffProblemAdvice}). */
class RetryLater extends DomainException {

    private final Duration retryAfter;

    private RetryLater(HttpStatus status, String code, String detail, Duration retryAfter) {
        super(status, code, detail);
        this.retryAfter = retryAfter;
    }

    static RetryLater locked(Duration retryAfter) {
        return new RetryLater(
                HttpStatus.LOCKED,
                "auth.locked",
                "Too many failed sign-in attempts: this account is locked for now. Try again later.",
                retryAfter);
    }

    static RetryLater busy(Duration retryAfter) {
        return new RetryLater(
                HttpStatus.SERVICE_UNAVAILABLE,
                "auth.busy",
                "Too many sign-ins are being checked right now; try again in a moment.",
                retryAfter);
    }

    /** Whole seconds, rounded up, and at least one: "Retry-After: 0" would invite an immediate retry. */
    long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
