package org.linli.platform.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.RequestTemplate;
import feign.RetryableException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotentRetryerTest {

    @Test
    void idempotentMethodsAreRepeatedAfterATimeout() {
        for (Request.HttpMethod method : List.of(
                Request.HttpMethod.GET, Request.HttpMethod.HEAD, Request.HttpMethod.PUT, Request.HttpMethod.DELETE)) {
            assertThat(IdempotentRetryer.mayRepeat(failure(method, Map.of(), new SocketTimeoutException())))
                    .as(method.name())
                    .isTrue();
        }
    }

    @Test
    void aPostOrPatchThatTimedOutIsNotRepeated() {
        assertThat(IdempotentRetryer.mayRepeat(
                        failure(Request.HttpMethod.POST, Map.of(), new SocketTimeoutException())))
                .isFalse();
        assertThat(IdempotentRetryer.mayRepeat(failure(Request.HttpMethod.PATCH, Map.of(), null)))
                .isFalse();
    }

    @Test
    void aPostWithAnIdempotencyKeyIsRepeated() {
        assertThat(IdempotentRetryer.mayRepeat(failure(
                        Request.HttpMethod.POST,
                        Map.<String, Collection<String>>of("idempotency-key", List.of("k-1")),
                        null)))
                .isTrue();
    }

    @Test
    void aPostWhoseConnectionWasRefusedIsRepeatedSinceNothingWasSent() {
        assertThat(IdempotentRetryer.mayRepeat(failure(Request.HttpMethod.POST, Map.of(), new ConnectException())))
                .isTrue();
    }

    @Test
    void attemptsAreCountedPerCallAndEndAtTheConfiguredNumber() {
        IdempotentRetryer retryer =
                new IdempotentRetryer(new ClientProperties.Retry(2, Duration.ofMillis(1), Duration.ofMillis(1)));
        RetryableException failure = failure(Request.HttpMethod.GET, Map.of(), null);

        IdempotentRetryer call = (IdempotentRetryer) retryer.clone();
        call.continueOrPropagate(failure);
        assertThatThrownBy(() -> call.continueOrPropagate(failure)).isSameAs(failure);
        // the next call starts again
        ((IdempotentRetryer) retryer.clone()).continueOrPropagate(failure);
    }

    private static RetryableException failure(
            Request.HttpMethod method, Map<String, Collection<String>> headers, Throwable cause) {
        Request request = Request.create(
                method, "http://svc/x", headers, new byte[0], StandardCharsets.UTF_8, new RequestTemplate());
        return new RetryableException(-1, "failed", method, cause, (Long) null, request);
    }
}
