package org.linli.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.linli.testing.TestTokens;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests a client can get wrong, sent to svc-organization as deployed (the platform's full list is
 * in the platform's ClientErrorProblemsIT): each is a 4xx problem+json with a stable code, never a 500
 * or Tomcat's HTML page.
 */
class ClientErrorProblemsIT extends AbstractIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void jsonPostedToAnImportIsUnsupportedMediaTypeNotAServerError() throws Exception {
        HttpResponse<String> response = send(post("/api/org/units/1/imports/households", "application/json", "{}"));

        JsonNode problem = assertProblem(response, 415, "request.not-multipart");
        assertThat(problem.path("detail").asString()).contains("multipart/form-data", "'file'");
    }

    @Test
    void textPostedToAnImportIsUnsupportedMediaType() throws Exception {
        assertProblem(
                send(post("/api/org/units/1/imports/residents", "text/plain", "name,phone")),
                415,
                "request.not-multipart");
    }

    @Test
    void anImportWithoutTheFilePartSaysWhichPart() throws Exception {
        String boundary = "linli-test";
        String body =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"a.csv\"\r\n\r\n"
                        + "x\r\n--" + boundary + "--\r\n";
        JsonNode problem = assertProblem(
                send(post("/api/org/units/1/imports/party-members", "multipart/form-data; boundary=" + boundary, body)),
                400,
                "request.missing-part");
        assertThat(problem.path("detail").asString()).contains("'file'");
    }

    @Test
    void anEncodedSlashInThePathIsAProblemNotTomcatsPage() throws Exception {
        HttpResponse<String> response = send(request("/api/org/units/1%2F2").GET());

        assertProblem(response, 400, "request.invalid-url");
    }

    @Test
    void aSemicolonInThePathIsAProblem() throws Exception {
        assertProblem(send(request("/api/org/units;jsessionid=1").GET()), 400, "request.invalid-url");
    }

    @Test
    void anUnknownPathIsNotFound() throws Exception {
        assertProblem(send(request("/api/org/no-such-thing").GET()), 404, "request.not-found");
    }

    private HttpRequest.Builder post(String path, String contentType, String body) {
        return request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.systemAdmin());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        String seen = response.statusCode() + " " + response.headers().map() + "\n" + response.body();
        assertThat(response.statusCode()).as(seen).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(seen).hasValueSatisfying(type -> assertThat(
                        MediaType.parseMediaType(type).equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue());
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asString()).as(seen).isEqualTo(code);
        assertThat(problem.path("type").asString()).isEqualTo("https://linli.org/problems/" + code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }
}
