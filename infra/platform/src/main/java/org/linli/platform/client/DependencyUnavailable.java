package org.linli.platform.client;

import java.time.Duration;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;

/**
 * Another service could not answer: it is down, too slow, failing (5xx), or its circuit breaker is
 * open. What a platform fallback throws instead of inventing an answer. A caller that can do its work
 * later (accept a request now, dispatch it when the service is back) catches it; one that cannot lets
 * it through, and the person gets a 503 problem {@code dependency.unavailable} with {@code Retry-After}.
 */
public class DependencyUnavailable extends DomainException {

    /** The circuit breaker's wait in its open state (client-defaults.properties): no sooner is it worth asking. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final String service;

    public DependencyUnavailable(String service, Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "dependency.unavailable",
                service + " is unavailable right now; try again in a moment.",
                RETRY_AFTER);
        this.service = service;
        initCause(cause);
    }

    /** The service that did not answer, e.g. {@code svc-organization}. */
    public String service() {
        return service;
    }
}
