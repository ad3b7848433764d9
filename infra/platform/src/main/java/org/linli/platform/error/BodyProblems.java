package org.linli.platform.error;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A request body Spring MVC could not read, told apart: none at all, not JSON, or JSON with a value of
 * the wrong kind at a named field (an enum value that does not exist, text where a number belongs).
 */
final class BodyProblems {

    private BodyProblems() {}

    static ProblemDetail describe(HttpMessageNotReadableException e) {
        JacksonException json = Causes.find(e, JacksonException.class);
        if (json == null) {
            if (e.getCause() == null) {
                // Spring's own "Required request body is missing": nothing to read at all
                return problem("request.missing-body", "The request body is missing; send it as JSON.", List.of());
            }
            return problem("request.malformed-body", "The request body could not be read; send it as JSON.", List.of());
        }
        if (json instanceof StreamReadException) {
            return problem(
                    "request.malformed-body", "The request body is not valid JSON" + where(json) + ".", List.of());
        }
        String field = field(json);
        if (field.isEmpty()) {
            String what = json instanceof MismatchedInputException m && m.getTargetType() != null
                    ? describeType(m.getTargetType())
                    : "a JSON object";
            return problem("request.invalid-body", "The request body must be " + what + ".", List.of());
        }
        String message = "must be " + expected(json);
        return problem(
                "request.invalid-body",
                "Please correct: " + field + " " + message + ".",
                List.of(new FieldProblem(field, message)));
    }

    /** "kind", "items[2].name": the JSON path of the value Jackson stopped at. */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(JacksonException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            return describeType(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return describeType(mismatch.getTargetType());
        }
        return "a value of the right kind";
    }

    private static String describeType(Class<?> type) {
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "));
        }
        if (type == Long.class
                || type == long.class
                || type == Integer.class
                || type == int.class
                || type == Short.class
                || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        if (type == LocalDate.class) {
            return "a date like 2026-01-31";
        }
        if (type == LocalDateTime.class) {
            return "a date and time like 2026-01-31T08:00:00";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a timestamp like 2026-01-31T08:00:00Z";
        }
        return "a JSON object";
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static ProblemDetail problem(String code, String detail, List<FieldProblem> fields) {
        return ProblemDetailsAdvice.problem(HttpStatus.BAD_REQUEST, code, detail, fields);
    }
}
