package org.linli.platform.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service calls other services. Timeouts and circuit breakers are Spring Cloud's and
 * Resilience4j's own properties (defaults in {@code client-defaults.properties}); these are the rest.
 *
 * @param registration the {@code spring.security.oauth2.client.registration.<id>} this service's
 *     background calls get their SERVICE token with (client credentials at svc-organization)
 * @param retry how transient failures of calls that may be repeated are retried
 * @param tokenTimeout how long fetching a SERVICE token may take, to connect and to read each
 */
@ConfigurationProperties("linli.clients")
public record ClientProperties(
        @DefaultValue("linli") String registration,
        @DefaultValue Retry retry,
        @DefaultValue("3s") Duration tokenTimeout) {

    /**
     * @param maxAttempts attempts in all, the first included (1: never retry)
     * @param backoff wait before the first retry; each later wait is 1.5 times longer
     * @param maxBackoff the longest wait between attempts
     */
    public record Retry(
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("100ms") Duration backoff,
            @DefaultValue("1s") Duration maxBackoff) {}
}
