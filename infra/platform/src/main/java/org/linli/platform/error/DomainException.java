package org.linli.platform.error;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;

/**
 * A failure a caller can act on. Each carries a stable {@code code} (e.g. {@code household.not-found})
 * that clients switch on, an HTTP status, and a sentence for a person.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final HttpStatus status;
    private final List<FieldProblem> fieldProblems;
    private final Duration retryAfter;

    public DomainException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public DomainException(HttpStatus status, String code, String detail, List<FieldProblem> fieldProblems) {
        this(status, code, detail, fieldProblems, null);
    }

    /** A refusal that ends at a known time: answered with {@code Retry-After} (lockouts, attempt limits). */
    public DomainException(HttpStatus status, String code, String detail, Duration retryAfter) {
        this(status, code, detail, List.of(), retryAfter);
    }

    private DomainException(
            HttpStatus status,
            String code,
            String detail,
            List<FieldProblem> fieldProblems,
            @Nullable Duration retryAfter) {
        super(detail);
        this.code = code;
        this.status = status;
        this.fieldProblems = List.copyOf(fieldProblems);
        this.retryAfter = retryAfter;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /**
     * Seconds until a retry may succeed, rounded up and at least one ("Retry-After: 0" would invite an
     * immediate retry); null when the refusal has no end in sight.
     */
    @Nullable
    public Long retryAfterSeconds() {
        if (retryAfter == null) {
            return null;
        }
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(HttpStatus.NOT_FOUND, what + ".not-found", "No " + what + " with id " + id + ".");
    }

    public static DomainException conflict(String code, String detail) {
        return new DomainException(HttpStatus.CONFLICT, code, detail);
    }

    public static DomainException invalid(String code, String field, String message) {
        return new DomainException(
                HttpStatus.UNPROCESSABLE_CONTENT, code, message, List.of(new FieldProblem(field, message)));
    }
}
