package org.linli.platform.error;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail where no controller advice runs (security entry points, the firewall, the
 * idempotency filter, the error page, Tomcat's error report), in the same shape the advice produces.
 */
public final class ProblemResponses {

    // The mix-in flattens `code` and `errors` to the top level, as Spring MVC does for the advice.
    // Non-ASCII is escaped, so the bytes are the same in any charset: Tomcat's error report writes
    // through a writer whose charset nobody chose.
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        write(response, ProblemDetailsAdvice.problem(status, code, detail, List.of()));
    }

    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        byte[] body = json(problem).getBytes(StandardCharsets.US_ASCII);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The problem as JSON text, ASCII only. */
    public static String json(ProblemDetail problem) {
        return JSON.writeValueAsString(problem);
    }

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
        return ProblemDetailsAdvice.problem(status, code, detail, List.of());
    }
}
