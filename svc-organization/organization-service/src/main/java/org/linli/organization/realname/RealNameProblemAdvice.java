package org.linli.organization.realname;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders {@link TooManyAttempts} like every other problem, plus the {@code Retry-After} header (and
 * {@code retryAfter} in the body) that the platform advice has no way to add.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RealNameProblemAdvice {

    @ExceptionHandler(TooManyAttempts.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttempts e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create("https://linli.org/problems/" + e.code()));
        problem.setProperty("code", e.code());
        problem.setProperty("retryAfter", e.retryAfterSeconds());
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }
}
