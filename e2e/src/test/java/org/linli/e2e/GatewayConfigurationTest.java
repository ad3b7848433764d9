package org.linli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.linli.e2e.GatewayConfiguration.Located;
import org.linli.e2e.GatewayConfiguration.Route;

/** Reading the gateway's configuration the way Spring Cloud Gateway and the gateway's rules read it. */
class GatewayConfigurationTest {

    private static final String YAML =
            """
            spring.cloud.gateway.server.webflux.routes:
              - id: general
                uri: ${SOME_URL:http://127.0.0.1:8081}
                predicates:
                  - Path=/api/org/**,/api/other/**
                metadata: {service: svc-a, response-timeout: 5000}
              - id: uploads
                uri: http://127.0.0.1:8081
                order: -1
                predicates:
                  - name: Path
                    args:
                      patterns: /api/org/units/*/imports/**
                metadata: {service: svc-a, max-request-size: 20MB}
              - id: by-host
                uri: http://127.0.0.1:8082
                predicates:
                  - Host=**.linli.test
              - id: a-docs
                uri: http://127.0.0.1:8081
                predicates:
                  - Path=/docs/a/v3/api-docs/**
                metadata: {service: svc-a}
            linli.gateway:
              public-paths: [/api/auth/login]
              staff-only-paths: [/api/org/units/*/exports/**]
              rate-limits.paths:
                - name: login
                  patterns: [/api/auth/login, /api/auth/refresh]
                  limit: {requests: 10, per: 1m, burst: 10}
              api-docs.services:
                - {name: svc-a, route: a-docs}
            springdoc.swagger-ui.urls:
              - {name: "Resident API", url: /docs/resident/v3/api-docs}
            """;

    private final GatewayConfiguration configuration =
            GatewayConfiguration.fromYaml("test.yml", YAML.getBytes(StandardCharsets.UTF_8));

    @Test
    void readsThePatternsOfBothPredicateFormsWithWhereTheySit() {
        assertThat(configuration.routes())
                .flatExtracting(Route::paths)
                .extracting(Located::toString)
                .containsExactly(
                        "spring.cloud.gateway.server.webflux.routes[0] (general) predicates[0]: /api/org/**",
                        "spring.cloud.gateway.server.webflux.routes[0] (general) predicates[0]: /api/other/**",
                        "spring.cloud.gateway.server.webflux.routes[1] (uploads) predicates[0]:"
                                + " /api/org/units/*/imports/**",
                        "spring.cloud.gateway.server.webflux.routes[3] (a-docs) predicates[0]: /docs/a/v3/api-docs/**");
        assertThat(configuration.routes().get(1).takesLargeBodies()).isTrue();
        assertThat(configuration.routes().get(0).takesLargeBodies()).isFalse();
        assertThat(configuration.routes().get(0).service()).isEqualTo("svc-a");
    }

    @Test
    void aPathGoesToTheRouteOfLowestOrder() {
        assertThat(configuration.routeFor("/api/org/units/7/imports/residents"))
                .get()
                .extracting(Route::id)
                .isEqualTo("uploads");
        assertThat(configuration.routeFor("/api/org/units/7/exports/residents"))
                .get()
                .extracting(Route::id)
                .isEqualTo("general");
        assertThat(configuration.routeFor("/api/requests/1")).isEmpty();
    }

    @Test
    void whatPathsCannotJudgeIsReported() {
        assertThat(configuration.unread())
                .containsExactly(
                        "spring.cloud.gateway.server.webflux.routes[2] (by-host) predicates[0]: Host",
                        "spring.cloud.gateway.server.webflux.routes[2] (by-host): no Path predicate");
    }

    @Test
    void readsTheRulesAndWhereEachServicesDocumentIs() {
        assertThat(configuration.rules())
                .extracting(Located::toString)
                .containsExactly(
                        "linli.gateway.public-paths[0]: /api/auth/login",
                        "linli.gateway.staff-only-paths[0]: /api/org/units/*/exports/**",
                        "linli.gateway.rate-limits.paths[0] (login) patterns[0]: /api/auth/login",
                        "linli.gateway.rate-limits.paths[0] (login) patterns[1]: /api/auth/refresh");
        // the docs route's path without its /**: the whole document; the groups are below it
        assertThat(configuration.docsUrls())
                .containsExactly(new GatewayConfiguration.DocsUrl("svc-a", "/docs/a/v3/api-docs"));
    }

    @Test
    void patternsMatchAsSpringsPathPatternDoes() {
        Located imports = new Located("here", "/api/org/units/*/imports/**");

        assertThat(imports.matches("/api/org/units/7/imports/residents")).isTrue();
        assertThat(imports.matches("/api/org/units/7/children")).isFalse();
        assertThat(imports.matches("/api/org/units/7/8/imports/residents")).isFalse();
    }
}
