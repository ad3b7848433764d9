package org.linli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.testing.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The examples of the gateway's API documents work against the demo data, as a developer pressing
 * "Try it out" after ./dev up finds them: a console developer signs in with the documented staff
 * login and reads what every documented read names; a mini-program developer signs a resident in
 * with the documented bodies, step by step, and reads their home.
 */
class DocumentedExamplesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Reads whose example names a record the demo data does not hold, and why. */
    private static final Map<String, String> NOT_IN_THE_DEMO_DATA = Map.of(
            "/api/org/household-applications/{id}",
            "the demo data holds no household application: the first a resident makes is id 1",
            "/api/requests/{id}",
            "the e2e suite loads svc-organization's demo district only, not demo requests: the first a resident files"
                    + " is id 1",
            "/api/requests/{id}/similar",
            "as /api/requests/{id}: no request before a resident files one",
            "/api/requests/{id}/photos/{photoId}",
            "no photo before a resident uploads one with a request");

    /**
     * Reads that take one of several optional parameters (none of them required on its own), with the
     * choice a developer makes from the documented examples.
     */
    private static final Map<String, String> ONE_OF_THE_OPTIONS =
            Map.of("/api/requests/deadlines/preview", "workingDays=3");

    private final RunningLinli linli = RunningLinli.get();
    private final Client console = linli.client("10.7.0.1");
    private final Client phone = linli.client("10.7.0.2");

    @Test
    void everyReadOfTheStaffDocumentAnswersItsExamplesForTheDocumentedLogin() {
        JsonNode docs = document("staff");
        Http.Response login = console.post("/api/auth/staff/login", null, example(docs, "/api/auth/staff/login"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String token = console.accessToken(login);
        String role = "COMMUNITY_ADMIN";

        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null || !roles(get).contains(role) || NOT_IN_THE_DEMO_DATA.containsKey(path.getKey())) {
                continue; // a read for another role (the system administrator's dead letters)
            }
            String url = url(path.getKey(), get);
            if (ONE_OF_THE_OPTIONS.containsKey(path.getKey())) {
                url += (url.contains("?") ? "&" : "?") + ONE_OF_THE_OPTIONS.get(path.getKey());
            }
            Http.Response answer = console.get(url, token);
            tried++;
            if (answer.status() >= 300) {
                failures.add("GET " + url + " → " + answer);
            }
        }

        assertThat(tried).as("reads tried").isGreaterThan(15);
        assertThat(failures)
                .as("documented examples the demo data does not answer")
                .isEmpty();
    }

    @Test
    void aResidentSignsInWithTheDocumentedBodiesAndReadsTheirHome() {
        JsonNode docs = document("resident");
        Http.Response login = phone.post("/api/auth/wx/login", null, example(docs, "/api/auth/wx/login"));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        String token = phone.accessToken(login);
        for (String step : List.of("/api/auth/consent", "/api/auth/wx/phone")) {
            Http.Response answer = phone.post(step, token, example(docs, step));
            assertThat(answer.status()).as(step + " " + answer).isLessThan(300);
        }
        Http.Response verified = phone.post("/api/auth/real-name", token, example(docs, "/api/auth/real-name"));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        token = phone.accessToken(verified);

        for (String read : List.of(
                "/api/org/me/households",
                "/api/org/households/{id}",
                "/api/org/households/{householdId}/party-members")) {
            String url = url(read, docs.path("paths").path(read).path("get"));
            Http.Response answer = phone.get(url, token);
            assertThat(answer.status()).as("GET " + url + " " + answer).isEqualTo(200);
        }
    }

    private JsonNode document(String group) {
        Http.Response docs = linli.gateway().get("/docs/" + group + "/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        return docs.json();
    }

    /** The path with each path parameter's example, and each required query parameter's. */
    private static String url(String template, JsonNode operation) {
        String url = template;
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            JsonNode example = parameter.has("example")
                    ? parameter.get("example")
                    : parameter.path("schema").path("example");
            if ("path".equals(parameter.path("in").asString())) {
                assertThat(example.isMissingNode())
                        .as(template + " has no example for " + name)
                        .isFalse();
                url = url.replace("{" + name + "}", example.asString());
            } else if ("query".equals(parameter.path("in").asString())
                    && parameter.path("required").asBoolean()) {
                assertThat(example.isMissingNode())
                        .as(template + " has no example for " + name)
                        .isFalse();
                query.add(name + "=" + example.asString());
            }
        }
        return query.isEmpty() ? url : url + "?" + String.join("&", query);
    }

    /** A request body made of the documented examples of its schema's properties. */
    private static ObjectNode example(JsonNode docs, String path) {
        JsonNode schema = docs.path("paths")
                .path(path)
                .path("post")
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        return fromExamples(docs, schema);
    }

    private static ObjectNode fromExamples(JsonNode docs, JsonNode schema) {
        JsonNode resolved = resolve(docs, schema);
        ObjectNode body = JSON.createObjectNode();
        resolved.path("properties").properties().forEach(property -> {
            JsonNode value = resolve(docs, property.getValue());
            if (value.has("example")) {
                body.set(property.getKey(), value.get("example"));
            } else if (value.has("properties")) {
                body.set(property.getKey(), fromExamples(docs, value));
            }
        });
        assertThat(body.isEmpty()).as("no examples in " + schema).isFalse();
        return body;
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/") ? docs.at(ref.substring(1)) : schema;
    }

    private static List<String> roles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("x-linli-roles").forEach(r -> roles.add(r.asString()));
        return roles;
    }
}
