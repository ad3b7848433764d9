package org.linli.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.linli.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Every error that escapes the filter chain becomes a problem detail. For a routed request this is
 * where the circuit breaker's "fallback" is written: the route's {@code CircuitBreaker} filter has no
 * {@code fallbackUri} on purpose (a fallback URI makes Spring Cloud Gateway buffer every request
 * body in memory so it could replay it), it rethrows, and this handler answers 503 naming the
 * service with a {@code Retry-After} of the breaker's open-state wait, or 504 when the route's
 * response timeout passed. Runs before Spring Boot's JSON error handler (order -1).
 */
@Component
@Order(-2)
class ErrorProblemHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorProblemHandler.class);

    private final ReactiveResilience4JCircuitBreakerFactory breakers;

    ErrorProblemHandler(ReactiveResilience4JCircuitBreakerFactory breakers) {
        this.breakers = breakers;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            // part of an answer has left already; nothing honest can be added to it
            return Mono.error(error);
        }
        exchange.getResponse().getHeaders().clearContentHeaders();
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        RequestTooLargeException tooLarge = find(error, RequestTooLargeException.class);
        if (tooLarge != null) {
            long limit = tooLarge.limit();
            return Problems.write(
                    exchange,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "request.too-large",
                    "The request body is larger than this endpoint accepts (" + megabytes(limit) + ").");
        }
        if (route != null && isTimeout(error)) {
            return Problems.write(
                    exchange,
                    HttpStatus.GATEWAY_TIMEOUT,
                    "service.timeout",
                    serviceOf(route) + " did not answer in time; please try again later.");
        }
        if (route != null && isUnavailable(error)) {
            long retryAfter = retryAfterSeconds(route);
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            return Problems.write(
                    exchange,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "service.unavailable",
                    serviceOf(route) + " is unavailable; please try again in " + retryAfter + " s.");
        }
        if (error instanceof ResponseStatusException status
                && status.getStatusCode().is4xxClientError()) {
            return clientError(exchange, status.getStatusCode());
        }
        log.error(
                "Unexpected failure on {} {}",
                exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(),
                error);
        return Problems.write(
                exchange,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "server.unexpected",
                "Something went wrong on our side; please try again later.");
    }

    private static Mono<Void> clientError(ServerWebExchange exchange, HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        String detail =
                switch (status) {
                    case NOT_FOUND -> "There is no API at this path.";
                    case METHOD_NOT_ALLOWED ->
                        "This path does not accept the " + exchange.getRequest().getMethod() + " method.";
                    default -> "The request cannot be served: " + status.getReasonPhrase() + ".";
                };
        return Problems.write(
                exchange,
                status,
                "request." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                detail);
    }

    private static boolean isTimeout(Throwable error) {
        if (error instanceof ResponseStatusException status
                && status.getStatusCode().value() == 504) {
            return true;
        }
        return find(error, TimeoutException.class) != null
                || find(error, org.springframework.cloud.gateway.support.TimeoutException.class) != null;
    }

    /** The circuit is open, or the service could not be reached or dropped the connection. */
    private static boolean isUnavailable(Throwable error) {
        return find(error, CallNotPermittedException.class) != null
                || find(error, ServiceUnavailableException.class) != null
                || find(error, ConnectTimeoutException.class) != null
                || find(error, IOException.class) != null;
    }

    private long retryAfterSeconds(Route route) {
        CircuitBreakerConfig config = breakers.getCircuitBreakerRegistry()
                .find(route.getId())
                .map(CircuitBreaker::getCircuitBreakerConfig)
                .orElseGet(() -> breakers.getCircuitBreakerRegistry().getDefaultConfig());
        long millis = config.getWaitIntervalFunctionInOpenState().apply(1);
        return Math.max(1, (millis + 999) / 1000);
    }

    private static String serviceOf(Route route) {
        Object service = route.getMetadata().get("service");
        return service != null ? service.toString() : route.getId();
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
