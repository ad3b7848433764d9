package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Requests a proper HTTP client will not send (an encoded slash, a bare '%', an unknown method, a
 * header name that is not a token, a request line over the limit), written byte by byte to the
 * gateway: each is answered with a problem+json 4xx, whichever layer refused it: Spring Security's
 * firewall (with the trace id, like every other problem), Spring's URI parsing or Reactor Netty's
 * HTTP decoder (before a trace id exists).
 */
class MalformedRequestsIT extends AbstractGatewayIT {

    @Nested
    class Firewall {

        @Test
        void anEncodedSlashIsAnInvalidUrl() throws IOException {
            Raw response = get("/api/org/units/1%2F2");
            assertProblem(response, 400, "request.invalid-url", true);
            assertThat(response.body()).contains("%2F");
        }

        @Test
        void aSemicolonIsAnInvalidUrl() throws IOException {
            assertProblem(get("/api/org/..;/units"), 400, "request.invalid-url", true);
        }

        @Test
        void anEmptySegmentIsAnInvalidUrl() throws IOException {
            assertProblem(get("/api//org/units"), 400, "request.invalid-url", true);
        }

        @Test
        void anUnknownMethodIsRejected() throws IOException {
            assertProblem(send("FOO /api/org/units HTTP/1.1\r\n"), 400, "request.rejected", true);
        }

        @Test
        void traceIsRejected() throws IOException {
            assertProblem(send("TRACE /api/org/units HTTP/1.1\r\n"), 400, "request.rejected", true);
        }

        @Test
        void aControlCharacterInTheTokenIsRejected() throws IOException {
            // the UTF-8 bytes of the euro sign, read as ISO-8859-1, hold the C1 control character 0x82
            String token = new String("Bearer \u20ac".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            assertProblem(get("/api/org/units", "Authorization: " + token), 400, "request.rejected", true);
        }
    }

    @Nested
    class UriSyntax {

        @Test
        void aLonePercentIsAnInvalidUrl() throws IOException {
            assertProblem(get("/api/org/units/1%"), 400, "request.invalid-url", false);
        }

        @Test
        void aBrokenEscapeInTheQueryIsAnInvalidUrl() throws IOException {
            assertProblem(get("/api/org/households?under=%zz"), 400, "request.invalid-url", false);
        }

        @Test
        void aCharacterThatMustBeEncodedIsAnInvalidUrl() throws IOException {
            assertProblem(get("/api/org/units/a|b"), 400, "request.invalid-url", false);
        }
    }

    @Nested
    class Decoding {

        @Test
        void aHeaderNameThatIsNotATokenIsMalformed() throws IOException {
            assertProblem(get("/api/org/units", "X-Bad(name): 1"), 400, "request.malformed", false);
        }

        @Test
        void aControlCharacterInAHeaderValueIsMalformed() throws IOException {
            assertProblem(get("/api/org/units", "X-Bad: a\u0001b"), 400, "request.malformed", false);
        }

        @Test
        void anOverlongRequestLineIsUriTooLong() throws IOException {
            assertProblem(get("/api/org/units/" + "1".repeat(10_000)), 414, "request.uri-too-long", false);
        }

        @Test
        void overlongHeadersAreTooLarge() throws IOException {
            assertProblem(
                    get("/api/org/units", "X-Long: " + "a".repeat(10_000)), 431, "request.header-too-large", false);
        }
    }

    @Test
    void aMethodTheGatewaysOwnPathDoesNotTakeIsNotAllowed() throws IOException {
        assertProblem(send("DELETE /actuator/health HTTP/1.1\r\n"), 405, "request.method-not-allowed", true);
    }

    @Test
    void aWellFormedRequestStillPasses() throws IOException {
        Raw response = get("/api/auth/jwks");
        assertThat(response.status()).as(response.head()).isEqualTo(200);
    }

    private Raw get(String target, String... headers) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\n" + String.join("", headers) + (headers.length > 0 ? "\r\n" : ""));
    }

    /** Sends a request head as written, from a trusted proxy's client, and reads the whole answer. */
    private Raw send(String head) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String request = head + "Host: 127.0.0.1\r\nX-Forwarded-For: " + Client.randomAddress()
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String raw = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            return new Raw(raw.substring(0, end), raw.substring(end + 4));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // answered, then reset because the rest of the request was never read
            if (out.size() == 0) {
                throw e;
            }
        }
        return out.toByteArray();
    }

    private static void assertProblem(Raw response, int status, String code, boolean traced) {
        assertThat(response.status())
                .as(response.head() + "\n" + response.body())
                .isEqualTo(status);
        assertThat(response.header("content-type")).as(response.head()).isEqualTo("application/problem+json");
        assertThat(response.body())
                .contains("\"type\":\"https://linli.org/problems/" + code + "\"")
                .contains("\"status\":" + status)
                .contains("\"code\":\"" + code + "\"")
                .contains("\"title\":\"")
                .contains("\"detail\":\"");
        if (traced) {
            assertThat(response.body()).contains("\"traceId\":\"" + response.header("x-trace-id") + "\"");
        }
    }

    record Raw(String head, String body) {

        int status() {
            return Integer.parseInt(head.split(" ")[1]);
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }
}
