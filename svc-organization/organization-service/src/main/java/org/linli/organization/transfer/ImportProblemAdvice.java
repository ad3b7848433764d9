package org.linli.organization.transfer;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders a rejected import like every other problem (RFC 9457, stable {@code code}), but with
 * {@code errors} as {line, column, message}: a sheet's problems are found by row, not by JSON field.
 * Ordered before the platform advice, which would otherwise take it as a plain DomainException.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblemAdvice {

    // enough to fix a file in one pass; a file with more is probably the wrong file
    static final int MAX_REPORTED = 1000;

    @ExceptionHandler(InvalidImport.class)
    ResponseEntity<ProblemDetail> invalidImport(InvalidImport e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(URI.create("https://linli.org/problems/" + e.code()));
        problem.setProperty("code", e.code());
        if (!e.problems().isEmpty()) {
            problem.setProperty(
                    "errors", e.problems().stream().limit(MAX_REPORTED).toList());
            problem.setProperty("errorCount", e.problems().size());
        }
        return ResponseEntity.status(e.status()).body(problem);
    }
}
