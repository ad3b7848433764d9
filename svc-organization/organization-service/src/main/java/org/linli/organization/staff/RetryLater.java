package org.linli.organization.staff;

import java.time.Duration;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;

/** A sign-in refusal that ends at a known time; the platform answers it with {@code Retry-After}. */
class RetryLater extends DomainException {

    private RetryLater(HttpStatus status, String code, String detail, Duration retryAfter) {
        super(status, code, detail, retryAfter);
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
}
