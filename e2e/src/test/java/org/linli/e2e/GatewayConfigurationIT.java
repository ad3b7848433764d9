package org.linli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.linli.e2e.GatewayConfiguration.DocsUrl;
import org.linli.e2e.GatewayConfiguration.Located;
import org.linli.e2e.GatewayConfiguration.Route;
import org.linli.testing.Http;

/**
 * The gateway's configuration names paths that exist. Every path pattern in it (route predicates,
 * public paths, staff-only paths, rate-limit paths) must match an operation a service publishes in its
 * OpenAPI document, and every published operation must be routed to the service that publishes it.
 * A pattern that names nothing is a rule that protects nothing: the import route once named
 * {@code /api/org/import/**} while the service served {@code /api/org/units/{unitId}/imports/...}, so
 * imports got the 1 MB limit and the 5 s timeout, and residents reached the exports.
 *
 * <p>The documents are read through the gateway, each service's whole document through its docs route
 * (the services of {@code linli.gateway.api-docs}, whose groups Swagger UI shows merged): a service
 * added to the gateway is checked once it has its docs entry and the suite starts it. A docs URL is a
 * known path of its service: the document was just read through it. Paths are matched as Spring's PathPattern matches them, with each {@code {variable}} of a
 * template replaced by a sample segment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayConfigurationIT {

    /**
     * Paths the gateway answers itself, so no service publishes them. A pattern of the configuration
     * that matches one of these needs no operation; each must really be answered by the gateway.
     */
    private static final List<OwnPath> GATEWAY_OWN = List.of(
            new OwnPath("/actuator/health/liveness", "the gateway's own health groups, for its probes"),
            new OwnPath("/actuator/info", "the gateway's own actuator"),
            new OwnPath("/swagger-ui.html", "Swagger UI's entry, served by springdoc in the gateway"),
            new OwnPath("/swagger-ui/index.html", "Swagger UI's page"),
            new OwnPath("/webjars/swagger-ui/index.html", "Swagger UI's page where springdoc's WebFlux UI keeps it"),
            new OwnPath("/v3/api-docs/swagger-config", "Swagger UI's list of the documents"),
            new OwnPath("/docs/resident/v3/api-docs", "the resident document, merged by the gateway from the services"),
            new OwnPath("/docs/staff/v3/api-docs", "the staff document, merged by the gateway from the services"));

    private record OwnPath(String sample, String why) {}

    private final RunningLinli linli = RunningLinli.get();
    private final Client client = linli.client("10.4.0.1");
    private final GatewayConfiguration gateway = GatewayConfiguration.fromJar(RunningLinli.gatewayJar());
    private final List<PublishedOperation> operations = new ArrayList<>();

    GatewayConfigurationIT() {
        // each service's OpenAPI, through its docs route, as Swagger UI reads it
        for (DocsUrl docs : gateway.docsUrls()) {
            Http.Response response = client.get(docs.url(), null);
            if (response.status() != 200) {
                throw new IllegalStateException(docs.name() + "'s OpenAPI at " + docs.url() + " answered " + response
                        + ": does RunningLinli start " + docs.name() + "?");
            }
            operations.addAll(PublishedOperation.of(docs.name(), response.json()));
        }
    }

    @Test
    void theConfigurationAndTheDocumentsAreRead() {
        assertThat(gateway.routes())
                .extracting(Route::id)
                .contains("organization", "organization-import", "auth", "requests", "requests-docs");
        assertThat(gateway.rules()).extracting(Located::pattern).contains("/api/auth/staff/login");
        assertThat(gateway.docsUrls()).extracting(DocsUrl::name).contains("svc-organization", "svc-requests");
        assertThat(operations)
                .extracting(PublishedOperation::toString)
                .contains(
                        "svc-organization POST /api/org/units/{unitId}/imports/residents",
                        "svc-requests POST /api/requests");
        // Path predicates are the only ones understood here; a Host or Method predicate changes which
        // route takes a path, and this test would have to learn it
        assertThat(gateway.unread()).isEmpty();
    }

    @Test
    void everyPathPatternNamesAPublishedOperation() {
        List<String> misses = new ArrayList<>();
        for (Route route : gateway.routes()) {
            for (Located path : route.paths()) {
                // a route must reach its own service
                if (pathsOf(route.service()).noneMatch(path::matches)) {
                    misses.add(path + "   (a route to " + route.service() + ")");
                }
            }
        }
        for (Located rule : gateway.rules()) {
            if (allPaths().noneMatch(rule::matches)) {
                misses.add(rule.toString());
            }
        }

        assertThat(misses)
                .withFailMessage(() -> "These patterns of the gateway's configuration (gateway/src/main/resources/"
                        + "application.yml) match no operation that a service publishes in its OpenAPI"
                        + " (" + operations.size() + " operations, from " + documents() + "):\n  "
                        + String.join("\n  ", misses)
                        + "\nCorrect the pattern; or, for a path the gateway answers itself, add it to "
                        + "GatewayConfigurationIT.GATEWAY_OWN with the reason.")
                .isEmpty();
    }

    @Test
    void everyPublishedOperationIsRoutedToTheServiceThatPublishesIt() {
        List<String> misses = new ArrayList<>();
        for (PublishedOperation operation : operations) {
            Optional<Route> route = gateway.routeFor(operation.samplePath());
            if (route.isEmpty() || !operation.service().equals(route.get().service())) {
                misses.add(operation + " -> "
                        + route.map(r -> r.id() + " (" + r.service() + ")").orElse("no route"));
            }
        }
        for (DocsUrl docs : gateway.docsUrls()) {
            Optional<Route> route = gateway.routeFor(docs.url());
            if (route.isEmpty() || !docs.name().equals(route.get().service())) {
                misses.add("linli.gateway.api-docs: " + docs.name() + "'s document " + docs.url() + " -> "
                        + route.map(Route::id).orElse("no route"));
            }
        }

        assertThat(misses)
                .withFailMessage(() -> "Published operations the gateway does not route to their service:\n  "
                        + String.join("\n  ", misses))
                .isEmpty();
    }

    @Test
    void everyUploadIsRoutedWhereLargerBodiesAreAllowed() {
        List<String> misses = operations.stream()
                .filter(PublishedOperation::upload)
                .filter(operation -> gateway.routeFor(operation.samplePath())
                        .filter(Route::takesLargeBodies)
                        .isEmpty())
                .map(operation -> operation + " -> "
                        + gateway.routeFor(operation.samplePath())
                                .map(Route::id)
                                .orElse("no route"))
                .toList();

        assertThat(operations).anyMatch(PublishedOperation::upload);
        assertThat(misses)
                .withFailMessage(() -> "File uploads routed with the default body limit (1 MB): give their route a"
                        + " max-request-size\n  " + String.join("\n  ", misses))
                .isEmpty();
    }

    @Test
    void theGatewaysOwnPathsAreAnsweredByTheGateway() {
        for (OwnPath own : GATEWAY_OWN) {
            assertThat(client.get(own.sample(), null).status())
                    .as(own.sample() + ", " + own.why())
                    .isBetween(200, 399);
        }
    }

    private String documents() {
        return gateway.docsUrls().stream()
                .map(docs -> docs.name() + " at " + docs.url())
                .collect(Collectors.joining(", "));
    }

    /** Where each operation of {@code service} is reached, and its docs URL. */
    private Stream<String> pathsOf(String service) {
        return Stream.concat(
                operations.stream()
                        .filter(operation -> operation.service().equals(service))
                        .map(PublishedOperation::samplePath),
                gateway.docsUrls().stream()
                        .filter(docs -> docs.name().equals(service))
                        .map(DocsUrl::url));
    }

    /** Where each published operation is reached, every docs URL, and the paths the gateway answers itself. */
    private Stream<String> allPaths() {
        return Stream.of(
                        operations.stream().map(PublishedOperation::samplePath),
                        gateway.docsUrls().stream().map(DocsUrl::url),
                        GATEWAY_OWN.stream().map(OwnPath::sample))
                .flatMap(paths -> paths);
    }
}
