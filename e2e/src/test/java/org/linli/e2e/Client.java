package org.linli.e2e;

import java.util.Map;
import org.linli.testing.Http;
import org.springframework.http.HttpMethod;

/** A client of the gateway at its own address (X-Forwarded-For, believed from the test's proxy address). */
record Client(Http http, String address) {

    Http.Response get(String path, String token) {
        return http.exchange(HttpMethod.GET, path, token, null, Map.of("X-Forwarded-For", address));
    }

    Http.Response post(String path, String token, Object body) {
        return http.exchange(HttpMethod.POST, path, token, body, Map.of("X-Forwarded-For", address));
    }

    /** A phone's retryable write: the same {@code Idempotency-Key} on every attempt. */
    Http.Response post(String path, String token, Object body, String idempotencyKey) {
        return http.exchange(
                HttpMethod.POST,
                path,
                token,
                body,
                Map.of("X-Forwarded-For", address, "Idempotency-Key", idempotencyKey));
    }

    String accessToken(Http.Response response) {
        if (response.status() != 200) {
            throw new AssertionError("expected tokens, got " + response);
        }
        return response.json().get("accessToken").asString();
    }
}
