package org.linli.platform.error;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail from a servlet filter, where no controller advice runs (security entry
 * points, the idempotency filter), in the same shape the advice produces.
 */
public final class ProblemResponses {

    // the mix-in flattens `code` and `errors` to the top level, as Spring MVC does for the advice
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    private ProblemResponses() {}

    public static void write(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(JSON.writeValueAsString(ProblemDetailsAdvice.problem(status, code, detail, List.of())));
    }
}
