package org.linli.platform.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.linli.platform.access.Access;
import org.linli.platform.access.Audience;
import org.springframework.lang.Nullable;

/**
 * The problems an operation answers because of what it is, not what it does: the platform's security,
 * body and parameter handling and Idempotency-Key filter answer them the same way for every operation
 * of that shape, so no controller repeats them. The codes are those the platform writes (see {@code
 * ProblemDetailsAdvice}, {@code BodyProblems}, {@code ProblemSecurityHandlers}, {@code IdempotencyFilter}).
 */
final class CommonProblems {

    private CommonProblems() {}

    /**
     * @param grant the grant a SERVICE token needs here, or null when services may not call it
     * @param changesState a POST, PUT, PATCH or DELETE, which takes an Idempotency-Key
     */
    static List<DocumentedProblem> of(
            Operation operation, Access access, @Nullable String grant, boolean changesState) {
        List<DocumentedProblem> problems = new ArrayList<>();
        if (!access.open()) {
            problems.add(new DocumentedProblem(
                    401,
                    "auth.unauthenticated",
                    "No access token, or an expired or invalid one: refresh the token (POST /api/auth/refresh) and"
                            + " retry once, else sign in again."));
            problems.add(new DocumentedProblem(
                    401,
                    "auth.token-revoked",
                    "The token's session was signed out (logout, a reused refresh token): sign in again."));
            // a resident or any staff may call what is for both; only a narrower rule refuses a role
            if (!access.audiences().containsAll(EnumSet.allOf(Audience.class))) {
                problems.add(new DocumentedProblem(403, "auth.forbidden", "The caller's role may not do this."));
            }
            problems.add(
                    grant == null
                            ? new DocumentedProblem(
                                    403,
                                    "auth.service-not-allowed",
                                    "A SERVICE token: this operation is not opened to other services.")
                            : new DocumentedProblem(
                                    403,
                                    "auth.grant-missing",
                                    "A SERVICE token whose client lacks the grant " + grant + "."));
        }
        if (operation.getRequestBody() != null) {
            boolean multipart = operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().containsKey("multipart/form-data");
            if (multipart) {
                problems.add(new DocumentedProblem(
                        415,
                        "request.not-multipart",
                        "The request is not multipart/form-data: send the file as a form part."));
                problems.add(new DocumentedProblem(
                        400, "request.malformed-multipart", "The multipart body is cut short or has no boundary."));
                problems.add(new DocumentedProblem(400, "request.missing-part", "The file part is missing."));
                problems.add(new DocumentedProblem(413, "request.too-large", "The upload is over the size limit."));
            } else {
                problems.add(new DocumentedProblem(400, "request.missing-body", "The JSON body is missing."));
                problems.add(new DocumentedProblem(400, "request.malformed-body", "The body is not valid JSON."));
                problems.add(new DocumentedProblem(
                        400, "request.invalid-body", "A field has the wrong JSON type (text for a number, say)."));
                problems.add(new DocumentedProblem(
                        415, "request.unsupported-media-type", "The body is not sent as application/json."));
            }
            problems.add(new DocumentedProblem(
                    422,
                    "request.invalid",
                    "A field (or parameter) breaks a rule; `errors` names each and why. Show them by the fields."));
        }
        if (hasParameters(operation)) {
            problems.add(new DocumentedProblem(
                    400,
                    "request.invalid-parameter",
                    "A path or query parameter has the wrong type (text for a number, a value the list lacks)."));
        }
        if (hasConstrainedParameters(operation)) {
            // bean validation of parameters (@Min, @Max, @Size ...) answers as a body's does
            problems.add(new DocumentedProblem(
                    422, "request.invalid", "A parameter is out of its range; `errors` names it and why."));
        }
        if (hasRequiredQuery(operation)) {
            problems.add(
                    new DocumentedProblem(400, "request.missing-parameter", "A required query parameter is missing."));
        }
        if (changesState) {
            problems.add(new DocumentedProblem(
                    400, "idempotency.invalid-key", "The Idempotency-Key is empty or over 200 characters."));
            problems.add(
                    new DocumentedProblem(
                            409,
                            "idempotency.in-progress",
                            "The first attempt with this Idempotency-Key is still running: wait, then retry with the same key."));
            problems.add(new DocumentedProblem(
                    409,
                    "idempotency.retry",
                    "The first attempt with this Idempotency-Key just failed: retry with the same key."));
            problems.add(new DocumentedProblem(
                    422,
                    "idempotency.key-reused",
                    "This Idempotency-Key was used for a different request: a new action needs a new key."));
        }
        return problems;
    }

    private static boolean hasParameters(Operation operation) {
        return parameters(operation).stream().anyMatch(p -> "path".equals(p.getIn()) || "query".equals(p.getIn()));
    }

    private static boolean hasConstrainedParameters(Operation operation) {
        return parameters(operation).stream()
                .map(Parameter::getSchema)
                .anyMatch(s -> s != null
                        && (s.getMinimum() != null
                                || s.getMaximum() != null
                                || s.getMinLength() != null
                                || s.getMaxLength() != null
                                || s.getPattern() != null));
    }

    private static boolean hasRequiredQuery(Operation operation) {
        return parameters(operation).stream()
                .anyMatch(p -> "query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired()));
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }
}
