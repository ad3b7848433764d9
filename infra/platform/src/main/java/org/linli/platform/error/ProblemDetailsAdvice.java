package org.linli.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that turns exceptions into RFC 9457 problem details. Every problem carries a stable
 * {@code code}; validation problems also carry {@code errors}, one per field. Spring MVC's own
 * exceptions (a client's wrong method, media type, parameter, body ...) get a code and a detail that
 * says what to send instead; the list is in docs/architecture.md, "Errors".
 *
 * <p>Every answer sets {@code Content-Type: application/problem+json} itself: left to content
 * negotiation, a problem for a request whose {@code Accept} cannot be parsed (or names a control
 * character the firewall refuses) would fail to be written and leave an empty body.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://linli.org/problems/";
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final long maxUploadBytes;

    public ProblemDetailsAdvice() {
        this(-1);
    }

    /** @param maxUploadBytes the multipart limit, named in a 413 answer; -1 when unknown */
    public ProblemDetailsAdvice(long maxUploadBytes) {
        this.maxUploadBytes = maxUploadBytes;
    }

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
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * A file upload sent as something other than multipart/form-data (JSON, text, no body): Spring
     * only says "not a multipart request", which is the client's media type, so 415. A body that does
     * say multipart but cannot be parsed (no boundary, cut short) is malformed: 400.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            List<String> parts = Uploads.partNames(request);
            String where = parts.isEmpty()
                    ? ""
                    : ", with the file in the part named "
                            + parts.stream().map(p -> "'" + p + "'").collect(Collectors.joining(" or "));
            ProblemDetail problem = problem(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "request.not-multipart",
                    "This endpoint takes a file upload: send the request as multipart/form-data" + where + ".",
                    List.of());
            return ResponseEntity.status(problem.getStatus())
                    .header(HttpHeaders.ACCEPT, MediaType.MULTIPART_FORM_DATA_VALUE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                "request.malformed-multipart",
                "The multipart/form-data body could not be read: check its boundary and that it is complete.",
                List.of()));
    }

    /** Spring Security's firewall, when it finds a header or parameter it refuses while MVC reads it. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RequestRejectedException e, HttpServletRequest request) {
        return respond(RequestProblems.rejected(request));
    }

    /** Tomcat could not decode the query string or the form body (bad %-escape, too many parameters). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException e) {
        return respond(RequestProblems.malformedParameters(e.getErrorCode()));
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
        return withHeaders(body, headers);
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
        return withHeaders(body, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return withHeaders(BodyProblems.describe(e), headers);
    }

    /** Spring's own MVC exceptions (wrong method, media type, missing parameter ...) get a code too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response == null || !(response.getBody() instanceof ProblemDetail problem)) {
            return response;
        }
        if (status.is5xxServerError()) {
            // a missing path variable, an unwritable response ...: our bug, not the client's
            log.error("Unexpected failure", e);
            problem.setDetail("Something went wrong on our side; please try again later.");
            return withHeaders(typed(problem, "server.unexpected", List.of()), response.getHeaders());
        }
        FrameworkProblem described = describeFramework(e, status);
        if (described.detail() != null) {
            problem.setDetail(described.detail());
        }
        return withHeaders(typed(problem, described.code(), described.fields()), response.getHeaders());
    }

    private record FrameworkProblem(String code, @Nullable String detail, List<FieldProblem> fields) {}

    private FrameworkProblem describeFramework(Exception e, HttpStatusCode status) {
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            String[] supported = m.getSupportedMethods();
            return new FrameworkProblem(
                    "request.method-not-allowed",
                    "This path does not accept " + m.getMethod()
                            + (supported == null ? "." : "; it accepts " + String.join(", ", supported) + "."),
                    List.of());
        }
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            String send = "send " + mediaTypes(m.getSupportedMediaTypes(), "application/json") + ".";
            return new FrameworkProblem(
                    "request.unsupported-media-type",
                    m.getContentType() == null
                            ? "The Content-Type header could not be parsed; " + send
                            : "This endpoint does not take "
                                    + m.getContentType().toString() + "; " + send,
                    List.of());
        }
        if (e instanceof HttpMediaTypeNotAcceptableException m) {
            return new FrameworkProblem(
                    "request.not-acceptable",
                    m.getSupportedMediaTypes().isEmpty()
                            ? "The Accept header could not be parsed; ask for application/json, or leave Accept out."
                            : "This endpoint answers in " + mediaTypes(m.getSupportedMediaTypes(), "application/json")
                                    + "; ask for that in Accept, or leave Accept out.",
                    List.of());
        }
        if (e instanceof MissingServletRequestParameterException m) {
            String message = "is required";
            return new FrameworkProblem(
                    "request.missing-parameter",
                    "The query parameter '" + m.getParameterName() + "' is required.",
                    List.of(new FieldProblem(m.getParameterName(), message)));
        }
        if (e instanceof MissingRequestHeaderException m) {
            return new FrameworkProblem(
                    "request.missing-header", "The header '" + m.getHeaderName() + "' is required.", List.of());
        }
        if (e instanceof MissingServletRequestPartException m) {
            return new FrameworkProblem(
                    "request.missing-part",
                    "The multipart/form-data body has no part named '" + m.getRequestPartName()
                            + "'; send the file in that part.",
                    List.of());
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return new FrameworkProblem(
                    "request.too-large",
                    "The upload is larger than this service accepts"
                            + (maxUploadBytes > 0 ? " (at most " + Uploads.size(maxUploadBytes) + ")." : "."),
                    List.of());
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return new FrameworkProblem("request.not-found", RequestProblems.notFoundDetail(), List.of());
        }
        if (e instanceof TypeMismatchException m && m.getPropertyName() != null) {
            String message = "'" + m.getValue() + "' is not a valid value for " + m.getPropertyName() + ".";
            return new FrameworkProblem(
                    "request.invalid-parameter", message, List.of(new FieldProblem(m.getPropertyName(), message)));
        }
        return new FrameworkProblem(RequestProblems.codeFor(status), null, List.of());
    }

    private static String mediaTypes(List<MediaType> types, String fallback) {
        List<String> concrete = types.stream()
                .filter(MediaType::isConcrete)
                .map(MediaType::toString)
                .distinct()
                .toList();
        return concrete.isEmpty() ? fallback : String.join(" or ", concrete);
    }

    private static ProblemDetail typed(ProblemDetail problem, String code, List<FieldProblem> fields) {
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setProperty("code", code);
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields);
        }
        return problem;
    }

    private static ResponseEntity<Object> withHeaders(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders out = new HttpHeaders();
        out.putAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(out).body(problem);
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
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
