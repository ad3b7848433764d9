package org.linli.testing.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.linli.testing.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every service's published API must hold to, as the mini-program and console teams meet it: a
 * service's API docs test implements this and gets the tests.
 *
 * <pre>{@code
 * class ApiDocsIT extends AbstractIT implements PublishedApiContract {}
 * }</pre>
 *
 * <p>Its documents ({@code /v3/api-docs} and the {@code resident} and {@code staff} groups) pass the
 * project's lint, and the lint is shown to bite on this service's own document.
 */
public interface PublishedApiContract {

    List<String> DOCUMENTS = List.of("/v3/api-docs", "/v3/api-docs/resident", "/v3/api-docs/staff");

    /** The service under test (AbstractServiceIT provides it). */
    Http http();

    @Test
    default void everyPublishedDocumentPassesTheLint() {
        OpenApiLint lint = OpenApiLint.ofThisRepository();
        for (String document : DOCUMENTS) {
            Http.Response docs = http().get(document, null);
            assertThat(docs.status()).as(document).isEqualTo(200);

            List<OpenApiLint.Finding> findings = lint.lint(fileName(document), docs.text());

            assertThat(findings).as("lint of " + document).isEmpty();
        }
    }

    @Test
    default void theLintRefusesAnOperationStrippedOfItsSummary() {
        ObjectNode docs = (ObjectNode) http().get("/v3/api-docs", null).json().deepCopy();
        Map.Entry<String, ObjectNode> operation = firstOperation(docs);
        assertThat(operation.getValue().has("summary")).isTrue();
        operation.getValue().remove("summary");

        List<OpenApiLint.Finding> findings = OpenApiLint.ofThisRepository().lint("stripped-summary", docs.toString());

        assertThat(rulesBrokenAt(operation.getKey(), findings)).contains("linli-operation-summary");
    }

    @Test
    default void theLintRefusesAnOperationThatDocumentsNoProblemOrNeedsNoToken() {
        ObjectNode docs = (ObjectNode) http().get("/v3/api-docs", null).json().deepCopy();
        Map.Entry<String, ObjectNode> operation = firstOperation(docs, false);
        ObjectNode responses = (ObjectNode) operation.getValue().get("responses");
        List<String> clientErrors = new ArrayList<>();
        responses.propertyNames().forEach(status -> {
            if (status.startsWith("4")) {
                clientErrors.add(status);
            }
        });
        responses.remove(clientErrors);
        operation.getValue().putArray("security");

        List<String> rules = rulesBrokenAt(
                operation.getKey(), OpenApiLint.ofThisRepository().lint("stripped-problems", docs.toString()));

        assertThat(rules).contains("linli-problems-documented", "linli-security-declared");
    }

    @Test
    default void eachGroupHoldsTheOperationsOfItsAudienceAndNoOther() {
        JsonNode all = http().get("/v3/api-docs", null).json();
        for (String group : List.of("resident", "staff")) {
            JsonNode grouped = http().get("/v3/api-docs/" + group, null).json();
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            all.path("paths")
                    .properties()
                    .forEach(path -> path.getValue().properties().forEach(op -> {
                        if (audiences(op.getValue()).contains(group)) {
                            expected.add(op.getKey() + " " + path.getKey());
                        }
                    }));
            grouped.path("paths").properties().forEach(path -> path.getValue()
                    .properties()
                    .forEach(op -> actual.add(op.getKey() + " " + path.getKey())));

            assertThat(actual).as(group).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /**
     * Each problem an operation answered anywhere in the suite is among its documented answers. Runs
     * last ({@link ApiContractLast}); run alone, it has seen nothing and says so instead of passing.
     */
    @Test
    default void everyProblemTheSuiteSawIsDocumentedOnItsOperation() {
        List<ObservedProblems.Observed> observed = ObservedProblems.all();
        Assumptions.assumeTrue(observed.size() > 20, "run with the service's whole suite: it has seen no problems yet");
        JsonNode docs = http().get("/v3/api-docs", null).json();
        Set<String> undocumented = new TreeSet<>();
        for (ObservedProblems.Observed problem : observed) {
            if (PLATFORM_WIDE.contains(problem.code())) {
                continue;
            }
            Map.Entry<String, JsonNode> found = operationOf(docs, problem.method(), problem.path());
            if (found == null) {
                continue; // no such operation: the answer belongs to the path, not to an operation's contract
            }
            JsonNode example = found.getValue()
                    .path("responses")
                    .path(String.valueOf(problem.status()))
                    .path("content")
                    .path("application/problem+json")
                    .path("examples")
                    .path(problem.code());
            if (example.isMissingNode()) {
                undocumented.add(problem.method().toUpperCase(Locale.ROOT) + " " + found.getKey() + " → "
                        + problem.status() + " " + problem.code());
            }
        }

        assertThat(undocumented)
                .as("problems answered but not documented (@ProblemCode)")
                .isEmpty();
    }

    /**
     * Answers any request can get before an operation is chosen or whatever it is (a request the
     * firewall refuses, headers too large, an Accept nobody serves, a failure on our side): they are
     * listed once, in docs/mini-program.md and docs/architecture.md, not on every operation.
     */
    Set<String> PLATFORM_WIDE = Set.of(
            "request.rejected",
            "request.malformed",
            "request.malformed-parameters",
            "request.header-too-large",
            "request.not-acceptable",
            "request.not-found",
            "request.method-not-allowed",
            "request.invalid-url",
            "server.unexpected");

    /** The operation a request reached: the template that matches with the fewest variables. */
    private static Map.Entry<String, JsonNode> operationOf(JsonNode docs, String method, String path) {
        Map.Entry<String, JsonNode> best = null;
        int fewest = Integer.MAX_VALUE;
        for (Map.Entry<String, JsonNode> template : docs.path("paths").properties()) {
            JsonNode operation = template.getValue().get(method);
            String regex = template.getKey().replaceAll("\\{[^}]+}", "[^/]+");
            int variables = template.getKey().split("\\{", -1).length - 1;
            if (operation != null && path.matches(regex) && variables < fewest) {
                best = Map.entry(template.getKey(), operation);
                fewest = variables;
            }
        }
        return best;
    }

    private static List<String> rulesBrokenAt(String operation, List<OpenApiLint.Finding> findings) {
        return findings.stream()
                .filter(f -> f.path().equals(operation) || f.path().startsWith(operation + "."))
                .map(OpenApiLint.Finding::rule)
                .toList();
    }

    private static List<String> audiences(JsonNode operation) {
        List<String> audiences = new ArrayList<>();
        operation.path("x-linli-audiences").forEach(a -> audiences.add(a.asString()));
        return audiences;
    }

    private static Map.Entry<String, ObjectNode> firstOperation(ObjectNode docs) {
        return firstOperation(docs, null);
    }

    /** The first operation, as Spectral names its place ({@code paths./x.get}); public or not, if asked. */
    private static Map.Entry<String, ObjectNode> firstOperation(ObjectNode docs, Boolean open) {
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (open == null || op.getValue().path("x-linli-public").asBoolean(false) == open) {
                    return Map.entry("paths." + path.getKey() + "." + op.getKey(), (ObjectNode) op.getValue());
                }
            }
        }
        throw new AssertionError("The document publishes no operation");
    }

    private static String fileName(String document) {
        String group = document.substring("/v3/api-docs".length());
        return group.isEmpty() ? "api-docs" : "api-docs-" + group.substring(1);
    }
}
