package org.linli.platform.client;

import feign.FeignException;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.function.Predicate;

/**
 * What counts as a failure of the remote service, for its circuit breaker and its fallback: it could
 * not be reached, did not answer in time (both arrive as Feign's {@link RetryableException}, after any
 * retries), or answered 5xx; also no token could be had for it. A 4xx is the remote's answer, not its
 * failure ({@link RemoteProblem}); a body we cannot decode is our bug, and a fallback would hide it.
 *
 * <p>Named in {@code resilience4j.circuitbreaker.configs.default.record-failure-predicate}, which
 * instantiates it, so it needs its public no-argument constructor.
 */
public class RemoteFailures implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof RetryableException
                || (failure instanceof FeignException feign && feign.status() >= 500)
                || failure instanceof DependencyUnavailable;
    }

    /** Whether a fallback should answer for {@code failure}: a failure of the remote, or its breaker is open. */
    static boolean meansUnavailable(Throwable failure) {
        return failure instanceof CallNotPermittedException || new RemoteFailures().test(failure);
    }
}
