package org.linli.platform.error;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns exceptions into RFC 9457 problem details. Every problem carries a stable
 * {@code code}; validation problems also carry {@code errors}, one per field.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://linli.org/problems/";
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        ProblemDetail problem = problem(e.status(), e.code(), e.getMessage(), e.fieldProblems());
        Long retryAfter = e.retryAfterSeconds();
        if (retryAfter == null) {
            return respond(problem);
        }
        problem.setProperty("retryAfter", retryAfter);
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
                .body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "'" + e.getValue() + "' is not a valid value for " + e.getName() + ".";
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                "request.invalid-parameter",
                message,
                List.of(new FieldProblem(e.getName(), message))));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return respond(problem(
                HttpStatus.CONFLICT,
                "conflict.duplicate",
                "This record already exists or was just changed by someone else.",
                List.of()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
        return respond(problem(
                HttpStatus.CONFLICT,
                "conflict.stale",
                "Someone else changed this record first; reload and try again.",
                List.of()));
    }

    /** Lock waits and deadlocks between concurrent writers: the loser may simply try again. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> lockLost(PessimisticLockingFailureException e) {
        return respond(problem(
                HttpStatus.CONFLICT,
                "conflict.concurrent",
                "Someone else was changing the same record; try again.",
                List.of()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(problem(HttpStatus.FORBIDDEN, "auth.forbidden", "Your role may not do this.", List.of()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return respond(problem(
                HttpStatus.UNAUTHORIZED,
                "auth.unauthenticated",
                "Sign in first: this needs a valid access token.",
                List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // the message may hold personal data or internals: log the exception, tell the caller nothing of it
        log.error("Unexpected failure", e);
        return respond(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "server.unexpected",
                "Something went wrong on our side; please try again later.",
                List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .toList();
        ProblemDetail body = problem(HttpStatus.UNPROCESSABLE_CONTENT, "request.invalid", describe(fields), fields);
        return ResponseEntity.status(body.getStatus()).headers(headers).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err ->
                                new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        ProblemDetail body = problem(HttpStatus.UNPROCESSABLE_CONTENT, "request.invalid", describe(fields), fields);
        return ResponseEntity.status(body.getStatus()).headers(headers).body(body);
    }

    /** Spring's own MVC exceptions (unreadable body, wrong method, missing header ...) get a code too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
                problem.setProperty(
                        "code",
                        "request."
                                + HttpStatus.valueOf(status.value())
                                        .name()
                                        .toLowerCase()
                                        .replace('_', '-'));
            }
            if (e instanceof HttpMessageNotReadableException) {
                problem.setDetail("The request body is missing or is not valid JSON of the expected shape.");
            }
        }
        return response;
    }

    static ProblemDetail problem(HttpStatusCode status, String code, String detail, List<FieldProblem> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setProperty("code", code);
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields);
        }
        return problem;
    }

    private static String describe(List<FieldProblem> fields) {
        if (fields.isEmpty()) {
            return "The request is not valid.";
        }
        return "Please correct: "
                + String.join(
                        "; ",
                        fields.stream().map(f -> f.field() + " " + f.message()).toList()) + ".";
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
