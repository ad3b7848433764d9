package org.linli.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.linli.testing.apidocs.ObservedProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for integration tests: real requests, every status returned, never thrown. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RestClient client;

    public Http(String baseUrl) {
        this.client = RestClient.builder()
                .baseUrl(baseUrl)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {})
                .build();
    }

    public Response get(String path, String token) {
        return exchange(HttpMethod.GET, path, token, null, Map.of());
    }

    public Response post(String path, String token, Object body) {
        return exchange(HttpMethod.POST, path, token, body, Map.of());
    }

    public Response put(String path, String token, Object body) {
        return exchange(HttpMethod.PUT, path, token, body, Map.of());
    }

    public Response delete(String path, String token) {
        return exchange(HttpMethod.DELETE, path, token, null, Map.of());
    }

    public Response exchange(HttpMethod method, String path, String token, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path);
        if (token != null) {
            spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        headers.forEach(spec::header);
        if (body instanceof byte[] bytes) {
            spec.body(bytes);
        } else if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON)
                    .body(body instanceof String s ? s : JSON.writeValueAsString(body));
        }
        ResponseEntity<byte[]> response = spec.retrieve().toEntity(byte[].class);
        Response answer = new Response(response.getStatusCode().value(), response.getHeaders(), response.getBody());
        observe(method, path, answer);
        return answer;
    }

    /** Problems go to {@link ObservedProblems}, for the service's API docs test to check they are documented. */
    private static void observe(HttpMethod method, String path, Response answer) {
        MediaType type = answer.headers().getContentType();
        if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            return;
        }
        JsonNode code = answer.json().path("code");
        if (code.isString()) {
            int query = path.indexOf('?');
            ObservedProblems.record(
                    method.name(), query < 0 ? path : path.substring(0, query), answer.status(), code.asString());
        }
    }

    /** A response: status, headers, and the body as JSON (or raw bytes). */
    public record Response(int status, HttpHeaders headers, byte[] raw) {

        public JsonNode json() {
            return raw == null || raw.length == 0 ? JSON.nullNode() : JSON.readTree(raw);
        }

        public String text() {
            return raw == null ? "" : new String(raw, StandardCharsets.UTF_8);
        }

        public long id() {
            return json().get("id").asLong();
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
