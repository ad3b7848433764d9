package org.linli.platform.error;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure a caller can act on. Each carries a stable {@code code} (e.g. {@code household.not-found})
 * that clients switch on, an HTTP status, and a sentence for a person.
 */
public class DomainException extends RuntimeException {

    private final String code;
    private final HttpStatus status;
    private final List<FieldProblem> fieldProblems;

    public DomainException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of());
    }

    public DomainException(HttpStatus status, String code, String detail, List<FieldProblem> fieldProblems) {
        super(detail);
        this.code = code;
        this.status = status;
        this.fieldProblems = List.copyOf(fieldProblems);
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
