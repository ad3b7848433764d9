package org.linli.platform.client;

import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.net.ConnectException;
import java.util.Set;

/**
 * Retries a call that failed transiently (no connection, no answer in time, 502/503/504), but only
 * when doing it twice cannot do harm: idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE; RFC 9110
 * §9.2.2), a POST or PATCH that carries an {@code Idempotency-Key} (the remote replays its first
 * answer), and any call whose connection was refused (nothing was sent). A POST that timed out may
 * have been carried out: it is not repeated.
 *
 * <p>Feign runs its Retryer inside the call Spring Cloud wraps in the circuit breaker, so the breaker
 * sees one call however many attempts it took ({@code LookupClientIT} counts them).
 */
public class IdempotentRetryer implements Retryer {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Set<Request.HttpMethod> IDEMPOTENT = Set.of(
            Request.HttpMethod.GET,
            Request.HttpMethod.HEAD,
            Request.HttpMethod.OPTIONS,
            Request.HttpMethod.PUT,
            Request.HttpMethod.DELETE);

    private final ClientProperties.Retry retry;
    private final Retryer backoff;

    public IdempotentRetryer(ClientProperties.Retry retry) {
        this.retry = retry;
        this.backoff = new Retryer.Default(
                retry.backoff().toMillis(), retry.maxBackoff().toMillis(), retry.maxAttempts());
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        if (!mayRepeat(e)) {
            throw e;
        }
        backoff.continueOrPropagate(e);
    }

    static boolean mayRepeat(RetryableException e) {
        if (e.getCause() instanceof ConnectException) {
            return true;
        }
        if (IDEMPOTENT.contains(e.method())) {
            return true;
        }
        return e.hasRequest() && e.request().headers().keySet().stream().anyMatch(IDEMPOTENCY_KEY::equalsIgnoreCase);
    }

    @Override
    public Retryer clone() {
        // Feign clones its Retryer for every call: the attempt count is per call
        return new IdempotentRetryer(retry);
    }
}
