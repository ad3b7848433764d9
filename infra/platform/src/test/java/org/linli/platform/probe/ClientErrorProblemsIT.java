package org.linli.platform.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.platform.probe.RawHttp.Response;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a client can get wrong about a request, sent to a real Tomcat running the platform
 * library: each answer is a 4xx RFC 9457 problem (application/problem+json with type, title,
 * status, detail and a stable code), whether Spring MVC, Spring Security's firewall or Tomcat itself
 * refused the request. Requests go over a raw socket, so they arrive exactly as written.
 */
@SpringBootTest(
        classes = ProbeApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "spring.application.name=probe",
            "linli.security.public-paths=/probe/**",
            "spring.servlet.multipart.max-file-size=1KB",
            "spring.servlet.multipart.max-request-size=1KB"
        })
class ClientErrorProblemsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOUNDARY = "linli-probe-boundary";

    @LocalServerPort
    int port;

    RawHttp http;

    @DynamicPropertySource
    static void verificationKey(DynamicPropertyRegistry registry) throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String key = Base64.getEncoder()
                .encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        registry.add("linli.security.public-key", () -> key);
    }

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Nested
    class Uploads {

        @Test
        void jsonSentToAnUploadIsUnsupportedMediaTypeNamingMultipart() throws IOException {
            Response response = http.post("/probe/upload", "application/json", "{\"file\":\"x\"}");

            JsonNode problem = assertProblem(response, 415, "request.not-multipart");
            assertThat(problem.path("detail").asString()).contains("multipart/form-data", "'file'");
            assertThat(response.header("Accept")).isEqualTo("multipart/form-data");
        }

        @Test
        void textSentToAnUploadIsUnsupportedMediaType() throws IOException {
            assertProblem(http.post("/probe/upload", "text/plain", "name;phone"), 415, "request.not-multipart");
        }

        @Test
        void anUploadWithoutABodyIsUnsupportedMediaType() throws IOException {
            assertProblem(http.send("POST /probe/upload HTTP/1.1"), 415, "request.not-multipart");
        }

        @Test
        void multipartWithoutABoundaryIsMalformed() throws IOException {
            assertProblem(
                    http.post("/probe/upload", "multipart/form-data", "garbage"), 400, "request.malformed-multipart");
        }

        @Test
        void multipartWithoutTheFilePartNamesThePart() throws IOException {
            Response response = http.post(
                    "/probe/upload", "multipart/form-data; boundary=" + BOUNDARY, part("other", "a.csv", "x"));

            JsonNode problem = assertProblem(response, 400, "request.missing-part");
            assertThat(problem.path("detail").asString()).contains("'file'");
        }

        @Test
        void anUploadOverTheLimitIsContentTooLargeAndSaysTheLimit() throws IOException {
            Response response = http.post(
                    "/probe/upload",
                    "multipart/form-data; boundary=" + BOUNDARY,
                    part("file", "a.csv", "x".repeat(4096)));

            JsonNode problem = assertProblem(response, 413, "request.too-large");
            assertThat(problem.path("detail").asString()).contains("1 KB");
        }

        @Test
        void aWellFormedUploadIsAccepted() throws IOException {
            Response response = http.post(
                    "/probe/upload", "multipart/form-data; boundary=" + BOUNDARY, part("file", "a.csv", "a,b"));

            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("size").asInt()).isEqualTo(3);
        }
    }

    @Nested
    class Bodies {

        @Test
        void malformedJsonSaysWhere() throws IOException {
            Response response = http.post("/probe/orders", "application/json", "{\"color\":");

            JsonNode problem = assertProblem(response, 400, "request.malformed-body");
            assertThat(problem.path("detail").asString()).contains("line 1");
        }

        @Test
        void aMissingBodyIsNamedSo() throws IOException {
            assertProblem(
                    http.send("POST /probe/orders HTTP/1.1\r\nContent-Type: application/json"),
                    400,
                    "request.missing-body");
        }

        @Test
        void anUnknownEnumValueListsTheAllowedOnes() throws IOException {
            Response response = http.post("/probe/orders", "application/json", "{\"color\":\"BLUE\"}");

            JsonNode problem = assertProblem(response, 400, "request.invalid-body");
            assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("color");
            assertThat(problem.path("errors").path(0).path("message").asString())
                    .contains("RED", "GREEN");
        }

        @Test
        void aValueOfTheWrongTypeNamesTheField() throws IOException {
            Response response = http.post("/probe/orders", "application/json", "{\"quantity\":\"many\"}");

            JsonNode problem = assertProblem(response, 400, "request.invalid-body");
            assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("quantity");
        }

        @Test
        void anArrayWhereAnObjectBelongsIsInvalid() throws IOException {
            assertProblem(http.post("/probe/orders", "application/json", "[1]"), 400, "request.invalid-body");
        }

        @Test
        void anotherMediaTypeIsUnsupported() throws IOException {
            Response response = http.post("/probe/orders", "text/plain", "color=RED");

            JsonNode problem = assertProblem(response, 415, "request.unsupported-media-type");
            assertThat(problem.path("detail").asString()).contains("application/json");
        }

        @Test
        void anUnparseableContentTypeIsUnsupported() throws IOException {
            assertProblem(http.post("/probe/orders", "///", "{}"), 415, "request.unsupported-media-type");
        }

        @Test
        void aFormWithBrokenPercentEncodingIsMalformed() throws IOException {
            assertProblem(
                    http.post("/probe/orders", "application/x-www-form-urlencoded", "color=%zz"),
                    400,
                    "request.malformed-parameters");
        }
    }

    @Nested
    class Parameters {

        @Test
        void aMissingParameterIsNamed() throws IOException {
            JsonNode problem = assertProblem(http.get("/probe/search"), 400, "request.missing-parameter");
            assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("under");
        }

        @Test
        void aMissingHeaderIsNamed() throws IOException {
            JsonNode problem = assertProblem(http.get("/probe/versioned"), 400, "request.missing-header");
            assertThat(problem.path("detail").asString()).contains("X-Client-Version");
        }

        @Test
        void aPathVariableOfTheWrongTypeIsInvalid() throws IOException {
            JsonNode problem = assertProblem(http.get("/probe/items/abc"), 400, "request.invalid-parameter");
            assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("id");
        }

        @Test
        void anUnknownEnumInTheQueryIsInvalid() throws IOException {
            assertProblem(http.get("/probe/items/1?color=BLUE"), 400, "request.invalid-parameter");
        }

        @Test
        void aQueryWithBrokenPercentEncodingIsMalformed() throws IOException {
            assertProblem(http.get("/probe/search?under=%zz"), 400, "request.malformed-parameters");
        }
    }

    @Nested
    class Negotiation {

        @Test
        void aMethodThePathDoesNotTakeIsNotAllowedWithAllow() throws IOException {
            Response response = http.send("DELETE /probe/items/1 HTTP/1.1");

            assertProblem(response, 405, "request.method-not-allowed");
            assertThat(response.header("Allow")).isEqualTo("GET");
        }

        @Test
        void anAcceptTheEndpointCannotAnswerIsNotAcceptable() throws IOException {
            assertProblem(http.get("/probe/items/1", "Accept: application/xml"), 406, "request.not-acceptable");
        }

        @Test
        void anUnparseableAcceptIsStillAnsweredWithAProblem() throws IOException {
            assertProblem(http.get("/probe/items/1", "Accept: ///"), 406, "request.not-acceptable");
        }

        @Test
        void anUnknownPathIsNotFound() throws IOException {
            JsonNode problem = assertProblem(http.get("/probe/nothing-here"), 404, "request.not-found");
            assertThat(problem.path("detail").asString()).doesNotContain("static resource");
        }

        @Test
        void traceIsNotAllowed() throws IOException {
            JsonNode problem =
                    assertProblem(http.send("TRACE /probe/items/1 HTTP/1.1"), 405, "request.method-not-allowed");
            assertThat(problem.path("detail").asString()).contains("TRACE");
        }

        @Test
        void connectIsNotImplemented() throws IOException {
            assertProblem(http.send("CONNECT /probe/items/1 HTTP/1.1"), 501, "request.not-implemented");
        }
    }

    /** Spring Security's StrictHttpFirewall: RequestRejectedException. */
    @Nested
    class Firewall {

        @Test
        void aSemicolonInThePathIsAnInvalidUrl() throws IOException {
            assertProblem(http.get("/probe/items/1;jsessionid=x"), 400, "request.invalid-url");
        }

        @Test
        void dotDotSemicolonIsAnInvalidUrl() throws IOException {
            assertProblem(http.get("/probe/..;/probe/items/1"), 400, "request.invalid-url");
        }

        @Test
        void anEmptyPathSegmentIsAnInvalidUrl() throws IOException {
            assertProblem(http.get("/probe//items/1"), 400, "request.invalid-url");
        }

        @Test
        void anEncodedPercentIsAnInvalidUrl() throws IOException {
            assertProblem(http.get("/probe/items/1%25"), 400, "request.invalid-url");
        }

        @Test
        void anUnknownMethodIsRejected() throws IOException {
            assertProblem(http.send("FOO /probe/items/1 HTTP/1.1"), 400, "request.rejected");
        }

        @Test
        void aControlCharacterInAHeaderTheApplicationReadsIsRejected() throws IOException {
            // UTF-8 for the euro sign read as ISO-8859-1 holds a C1 control character (0x82)
            String accept = new String(
                    "application/json; q=\u20ac".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            assertProblem(http.get("/probe/items/1", "Accept: " + accept), 400, "request.rejected");
        }

        @Test
        void aControlCharacterInTheTokenHeaderIsRejected() throws IOException {
            String token = new String("Bearer \u20ac".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            assertProblem(http.get("/probe/items/1", "Authorization: " + token), 400, "request.rejected");
        }
    }

    /** Requests Tomcat refuses before any servlet sees them: its ErrorReportValve answers. */
    @Nested
    class Container {

        @Test
        void anEncodedSlashIsAnInvalidUrl() throws IOException {
            JsonNode problem = assertProblem(http.get("/probe/items/1%2F2"), 400, "request.invalid-url");
            assertThat(problem.path("detail").asString()).contains("%2F");
        }

        @Test
        void anEncodedNullIsAnInvalidUrl() throws IOException {
            assertProblem(http.get("/probe/items/1%00"), 400, "request.invalid-url");
        }

        @Test
        void aLonePercentIsAnInvalidUrl() throws IOException {
            assertProblem(http.get("/probe/items/1%"), 400, "request.invalid-url");
        }

        @Test
        void anInvalidUtf8SequenceIsAnInvalidUrl() throws IOException {
            assertProblem(http.get("/probe/items/%C3%28"), 400, "request.invalid-url");
        }

        @Test
        void aCharacterNotAllowedInAUrlIsAnInvalidUrl() throws IOException {
            assertProblem(http.get("/probe/items/a|b"), 400, "request.invalid-url");
        }

        @Test
        void aHeaderNameOutsideTheTokenCharactersIsMalformed() throws IOException {
            assertProblem(http.get("/probe/items/1", "X-Bad(name): 1"), 400, "request.malformed");
        }

        @Test
        void aControlCharacterInAHeaderValueIsMalformed() throws IOException {
            assertProblem(http.get("/probe/items/1", "X-Bad: a\u0001b"), 400, "request.malformed");
        }

        @Test
        void anOverlongRequestLineIsTooLarge() throws IOException {
            assertProblem(http.get("/probe/items/" + "1".repeat(10_000)), 431, "request.header-too-large");
        }

        @Test
        void overlongHeadersAreTooLarge() throws IOException {
            assertProblem(http.get("/probe/items/1", "X-Long: " + "a".repeat(10_000)), 431, "request.header-too-large");
        }
    }

    private static String part(String name, String filename, String content) {
        return "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + content + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
    }

    /** A problem in the shape the platform's advice writes, with this status and code. */
    static JsonNode assertProblem(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).isNotNull();
        assertThat(MediaType.parseMediaType(response.header("Content-Type"))
                        .equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
                .as(response.toString())
                .isTrue();
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("code").asString()).as(response.body()).isEqualTo(code);
        assertThat(problem.path("type").asString()).isEqualTo("https://linli.org/problems/" + code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }
}
