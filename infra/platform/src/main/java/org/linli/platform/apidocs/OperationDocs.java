package org.linli.platform.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.linli.platform.access.Access;
import org.linli.platform.access.Audience;
import org.linli.platform.idempotency.IdempotencyFilter;
import org.linli.platform.servicecall.ServiceCallable;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Writes into each operation what its annotations already say, so the documents cannot drift from
 * what the code does: who may call it and what they reach ({@link Access}), the problems it answers
 * with their codes ({@link ProblemCode} plus {@link CommonProblems}), and the Idempotency-Key header
 * a submission takes.
 */
class OperationDocs implements GlobalOperationCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PUBLIC = "x-linli-public";

    private static final Set<RequestMethod> CHANGING =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Method method = handler.getMethod();
        Access access = Access.of(method);
        ServiceCallable serviceCallable = serviceCallable(handler);
        String grant = serviceCallable == null ? null : serviceCallable.grant();
        boolean changesState = changesState(method);

        operation.setDescription(describe(operation.getDescription(), access, grant));
        operation.addExtension(
                "x-linli-audiences",
                access.audiences().stream().map(Audience::group).sorted().toList());
        operation.addExtension(
                "x-linli-roles", access.roles().stream().map(Enum::name).toList());
        if (access.open()) {
            // an empty list overrides the document's bearer requirement: this one takes no token
            operation.setSecurity(new ArrayList<>());
            operation.addExtension(PUBLIC, true);
        }
        if (changesState) {
            operation.addParametersItem(new HeaderParameter()
                    .name(IdempotencyFilter.HEADER)
                    .required(false)
                    .description("One key per user action, reused on every retry of it: a retry then answers what"
                            + " the first attempt answered instead of doing it twice. 1 to 200 characters.")
                    .schema(new StringSchema().maxLength(200).example("7f9c2ba4-e88f-4d2e-9a57-bf0b9a1c3e21")));
        }
        List<DocumentedProblem> problems = new ArrayList<>();
        declared(handler).forEach(p -> problems.add(DocumentedProblem.of(p)));
        problems.addAll(CommonProblems.of(operation, access, grant, changesState));
        document(operation, problems);
        return operation;
    }

    private static String describe(String given, Access access, String grant) {
        StringBuilder text = new StringBuilder();
        if (given != null && !given.isBlank()) {
            text.append(given.strip()).append("\n\n");
        }
        text.append("**Who may call:** ").append(access.who());
        if (grant != null) {
            text.append(" Also other services, with a SERVICE token whose client holds the grant `")
                    .append(grant)
                    .append("`.");
        }
        text.append("\n\n**Scope:** ").append(access.scope());
        return text.toString();
    }

    /** Each status once, its codes listed in its description and shown one example body per code. */
    private static void document(Operation operation, List<DocumentedProblem> problems) {
        Map<Integer, Map<String, DocumentedProblem>> byStatus = new TreeMap<>();
        for (DocumentedProblem problem : problems) {
            // a controller's own wording for a code wins over the platform's generic one
            byStatus.computeIfAbsent(problem.status(), s -> new LinkedHashMap<>())
                    .putIfAbsent(problem.code(), problem);
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        byStatus.forEach((status, codes) -> {
            MediaType body = new MediaType().schema(new Schema<>().$ref(ProblemSchemas.PROBLEM_REF));
            codes.values().forEach(p -> body.addExamples(p.code(), example(p)));
            String description = codes.values().stream()
                    .map(p -> "`" + p.code() + "`: " + p.when())
                    .collect(Collectors.joining("\n\n"));
            responses.addApiResponse(
                    String.valueOf(status),
                    new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, body)));
        });
        operation.setResponses(responses);
    }

    private static Example example(DocumentedProblem problem) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "https://linli.org/problems/" + problem.code());
        value.put("title", reason(problem.status()));
        value.put("status", problem.status());
        value.put("detail", problem.when());
        value.put("code", problem.code());
        return new Example().summary(problem.when()).value(value);
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    private static List<ProblemCode> declared(HandlerMethod handler) {
        List<ProblemCode> found = new ArrayList<>(AnnotatedElementUtils.findMergedRepeatableAnnotations(
                handler.getMethod(), ProblemCode.class, ProblemCodes.class));
        found.addAll(AnnotatedElementUtils.findMergedRepeatableAnnotations(
                handler.getBeanType(), ProblemCode.class, ProblemCodes.class));
        return found;
    }

    private static ServiceCallable serviceCallable(HandlerMethod handler) {
        ServiceCallable onMethod =
                AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ServiceCallable.class);
        return onMethod != null
                ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), ServiceCallable.class);
    }

    private static boolean changesState(Method method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.method()).anyMatch(CHANGING::contains);
    }
}
