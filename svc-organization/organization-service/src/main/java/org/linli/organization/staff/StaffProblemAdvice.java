package org.linli.organization.staff;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A lockout or a busy hasher as the same problem detail as every other error, plus {@code Retry-After}.
 * Ordered before the platform advice, which would otherwise take it as a plain DomainException.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffProblemAdvice {

    @ExceptionHandler(RetryLater.class)
    ResponseEntity<ProblemDetail> retryLater(RetryLater e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create("https://linli.org/problems/" + e.code()));
        problem.setProperty("code", e.code());
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem);
    }
}
