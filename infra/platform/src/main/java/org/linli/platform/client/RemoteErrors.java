package org.linli.platform.client;

import feign.FeignException;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns another service's error answer into an exception that says what it means here: a refusal
 * (4xx) becomes a {@link RemoteProblem} with the remote's status and problem {@code code}; 502, 503
 * and 504 (a proxy without an upstream, an overloaded or restarting service) may pass in a moment and
 * are offered to the {@link IdempotentRetryer}; any other 5xx stays Feign's server error. Both kinds of
 * 5xx count against the circuit breaker ({@link RemoteFailures}).
 */
public class RemoteErrors implements ErrorDecoder {

    private static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);
    // a problem detail is small; a huge error page is not read whole
    private static final int MAX_BODY = 16 * 1024;

    private final JsonMapper json;

    public RemoteErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        int status = response.status();
        if (status >= 400 && status < 500) {
            return refusal(response);
        }
        if (TRANSIENT.contains(status)) {
            return new RetryableException(
                    status,
                    serviceOf(response) + " answered " + status + " to " + methodKey,
                    response.request().httpMethod(),
                    (Long) null,
                    response.request());
        }
        return FeignException.errorStatus(methodKey, response);
    }

    private RemoteProblem refusal(Response response) {
        String service = serviceOf(response);
        HttpStatus status = HttpStatus.resolve(response.status());
        JsonNode problem = problemOf(response);
        String code = text(problem, "code", "dependency.refused");
        String detail = text(problem, "detail", service + " refused the call (" + response.status() + ").");
        return new RemoteProblem(service, status == null ? HttpStatus.BAD_REQUEST : status, code, detail);
    }

    private JsonNode problemOf(Response response) {
        if (response.body() == null) {
            return null;
        }
        try (InputStream in = response.body().asInputStream()) {
            return json.readTree(in.readNBytes(MAX_BODY));
        } catch (IOException | JacksonException e) {
            // not a problem detail (a proxy's HTML page): status alone then
            return null;
        }
    }

    private static String text(JsonNode node, String field, String otherwise) {
        if (node == null
                || !node.path(field).isString()
                || node.path(field).asString().isBlank()) {
            return otherwise;
        }
        return node.path(field).asString();
    }

    static String serviceOf(Response response) {
        if (response.request() != null
                && response.request().requestTemplate() != null
                && response.request().requestTemplate().feignTarget() != null) {
            return response.request().requestTemplate().feignTarget().name();
        }
        return "a remote service";
    }
}
