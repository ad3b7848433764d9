package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resident and staff documents Swagger UI shows, merged by the gateway from every service's
 * springdoc group: svc-organization (the shared stub, through its real docs route), svc-requests (a
 * second stub) and svc-volunteer, which is down (its route points at a closed port).
 */
@Import(MergedApiDocsIT.MoreDocsRoutes.class)
class MergedApiDocsIT extends AbstractGatewayIT {

    static final StubUpstream requests = new StubUpstream();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ORGANIZATION_RESIDENT =
            """
            {"openapi":"3.1.0","info":{"title":"svc-organization","version":"v0"},
             "servers":[{"url":"http://10.0.0.7:8081"}],
             "security":[{"bearer-token":[]}],
             "tags":[{"name":"households","description":"住户"},{"name":"auth","description":"sign-in"}],
             "paths":{
               "/api/org/households/{id}":{"get":{"tags":["households"],"operationId":"household",
                 "responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Household"}}}}}}},
               "/api/org/households":{"get":{"tags":["households"],"operationId":"households",
                 "responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/PageResult"}}}}}}}},
             "components":{
               "schemas":{
                 "PageResult":{"type":"object","properties":{
                   "items":{"type":"array","items":{"$ref":"#/components/schemas/Household"}},"total":{"type":"integer"}}},
                 "Household":{"type":"object","properties":{"id":{"type":"integer"}}},
                 "Problem":{"type":"object","properties":{"code":{"type":"string"}}}},
               "securitySchemes":{"bearer-token":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}""";

    /** Its PageResult differs from svc-organization's; its Problem and bearer scheme are the same. */
    private static final String REQUESTS_RESIDENT =
            """
            {"openapi":"3.1.0","info":{"title":"svc-requests","version":"v0"},
             "servers":[{"url":"http://10.0.0.8:8082"}],
             "security":[{"bearer-token":[]}],
             "tags":[{"name":"requests","description":"诉求"},{"name":"auth","description":"another word for it"}],
             "paths":{
               "/api/requests/{id}":{"get":{"tags":["requests"],"operationId":"request",
                 "responses":{
                   "200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/PageResult"}}}},
                   "404":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/Problem"}}}}}}},
               "/api/org/households/{id}":{"get":{"operationId":"requestsOwnHousehold"}}},
             "components":{
               "schemas":{
                 "PageResult":{"type":"object","properties":{
                   "items":{"type":"array","items":{"$ref":"#/components/schemas/Request"}},"page":{"type":"integer"}}},
                 "Request":{"type":"object","properties":{"title":{"type":"string"}}},
                 "Problem":{"type":"object","properties":{"code":{"type":"string"}}}},
               "securitySchemes":{"bearer-token":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}}}""";

    private static final String STAFF =
            """
            {"openapi":"3.1.0","info":{"title":"%s","version":"v0"},
             "paths":{"%s":{"get":{"operationId":"staffOnly"}}}}""";

    @DynamicPropertySource
    static void twoMoreServices(DynamicPropertyRegistry registry) {
        registry.add("linli.gateway.api-docs.services[0].name", () -> "svc-organization");
        registry.add("linli.gateway.api-docs.services[0].route", () -> "organization-docs");
        registry.add("linli.gateway.api-docs.services[1].name", () -> "svc-requests");
        registry.add("linli.gateway.api-docs.services[1].route", () -> "requests-docs");
        registry.add("linli.gateway.api-docs.services[2].name", () -> "svc-volunteer");
        registry.add("linli.gateway.api-docs.services[2].route", () -> "volunteer-docs");
        registry.add("linli.gateway.api-docs.timeout", () -> "1s");
    }

    /**
     * The docs routes of the two services the gateway's configuration does not have yet. Imported, not
     * a nested configuration, which the {@code @Nested} classes would not pick up.
     */
    static class MoreDocsRoutes {

        @Bean
        RouteLocator moreDocsRoutes(RouteLocatorBuilder routes) {
            return routes.routes()
                    .route("requests-docs", r -> r.path("/docs/requests/v3/api-docs/**")
                            .uri(requests.url()))
                    .route("volunteer-docs", r -> r.path("/docs/volunteer/v3/api-docs/**")
                            .uri("http://127.0.0.1:" + ClosedPort.find()))
                    .build();
        }
    }

    @BeforeEach
    void servicesPublishTheirGroups() {
        requests.forget();
        organization.reply("/v3/api-docs/resident", StubUpstream.Reply.json(200, ORGANIZATION_RESIDENT));
        organization.reply("/v3/api-docs/staff", StubUpstream.Reply.json(200, STAFF.formatted("o", "/api/org/people")));
        requests.reply("/v3/api-docs/resident", StubUpstream.Reply.json(200, REQUESTS_RESIDENT));
        requests.reply("/v3/api-docs/staff", StubUpstream.Reply.json(200, STAFF.formatted("r", "/api/requests/queue")));
    }

    @Nested
    class TheResidentDocument {

        @Test
        void holdsThePathsOfEveryServiceAndTheFirstPublisherKeepsAContestedPath() throws Exception {
            JsonNode docs = read("/docs/resident/v3/api-docs");

            assertThat(docs.get("paths").propertyNames())
                    .containsExactly("/api/org/households/{id}", "/api/org/households", "/api/requests/{id}");
            assertThat(docs.at("/paths/~1api~1org~1households~1{id}/get/operationId")
                            .stringValue())
                    .isEqualTo("household");
            assertThat(requests.next().path()).isEqualTo("/v3/api-docs/resident");
        }

        @Test
        void listsEachTagOnceInOrderOfFirstAppearance() throws Exception {
            JsonNode tags = read("/docs/resident/v3/api-docs").get("tags");

            assertThat(tags.findValuesAsString("name")).containsExactly("households", "auth", "requests");
            assertThat(tags.get(1).get("description").stringValue()).isEqualTo("sign-in");
        }

        @Test
        void renamesAClashingSchemaAndPointsTheLaterServicesReferencesAtIt() throws Exception {
            JsonNode docs = read("/docs/resident/v3/api-docs");
            JsonNode schemas = docs.at("/components/schemas");

            assertThat(schemas.propertyNames())
                    .containsExactlyInAnyOrder("PageResult", "Household", "Problem", "Requests_PageResult", "Request");
            assertThat(schemas.at("/PageResult/properties/items/items/$ref").stringValue())
                    .isEqualTo("#/components/schemas/Household");
            assertThat(schemas.at("/Requests_PageResult/properties/items/items/$ref")
                            .stringValue())
                    .isEqualTo("#/components/schemas/Request");
            JsonNode request = docs.at("/paths/~1api~1requests~1{id}/get/responses");
            assertThat(request.at("/200/content/application~1json/schema/$ref").stringValue())
                    .isEqualTo("#/components/schemas/Requests_PageResult");
            // equal in both services: one schema, referred to by its own name
            assertThat(request.at("/404/content/application~1problem+json/schema/$ref")
                            .stringValue())
                    .isEqualTo("#/components/schemas/Problem");
            assertThat(docs.at("/paths/~1api~1org~1households/get/responses/200/content/application~1json/schema/$ref")
                            .stringValue())
                    .isEqualTo("#/components/schemas/PageResult");
        }

        @Test
        void carriesTheGroupsInfoTheSharedBearerSchemeAndOnlyTheGatewayAsServer() throws Exception {
            JsonNode docs = read("/docs/resident/v3/api-docs");

            assertThat(docs.get("openapi").stringValue()).isEqualTo("3.1.0");
            assertThat(docs.at("/info/title").stringValue()).isEqualTo("居民端 · Resident (mini-program) API");
            assertThat(docs.at("/components/securitySchemes").propertyNames()).containsExactly("bearer-token");
            assertThat(docs.get("security").toString()).isEqualTo("[{\"bearer-token\":[]}]");
            assertThat(docs.get("servers").toString())
                    .isEqualTo("[{\"url\":\"/\",\"description\":\"The gateway that served this document\"}]");
        }
    }

    @Nested
    class AServiceThatCannotBeRead {

        @Test
        void isNamedInTheDescriptionWhileTheOthersAreServed() throws Exception {
            JsonNode docs = read("/docs/staff/v3/api-docs");

            assertThat(docs.at("/info/title").stringValue()).isEqualTo("工作台 · Staff (console) API");
            assertThat(docs.get("paths").propertyNames()).containsExactly("/api/org/people", "/api/requests/queue");
            assertThat(docs.get("x-linli-unavailable").toString()).isEqualTo("[\"svc-volunteer\"]");
            assertThat(docs.at("/info/description").stringValue())
                    .contains("svc-volunteer (unreachable)")
                    .doesNotContain("svc-requests")
                    .doesNotContain("127.0.0.1");
        }

        @Test
        void answeringAnErrorIsNamedWithItsStatus() throws Exception {
            requests.reply("/v3/api-docs/staff", StubUpstream.Reply.json(500, "{\"status\":500}"));

            JsonNode docs = read("/docs/staff/v3/api-docs");

            assertThat(docs.get("paths").propertyNames()).containsExactly("/api/org/people");
            assertThat(docs.get("x-linli-unavailable").toString()).isEqualTo("[\"svc-requests\",\"svc-volunteer\"]");
            assertThat(docs.at("/info/description").stringValue()).contains("svc-requests (answered HTTP 500)");
        }

        @Test
        void answeringSomethingOtherThanJsonIsNamed() throws Exception {
            requests.reply("/v3/api-docs/staff", StubUpstream.Reply.json(200, "<html>sign in</html>"));

            JsonNode docs = read("/docs/staff/v3/api-docs");

            assertThat(docs.get("x-linli-unavailable").toString()).isEqualTo("[\"svc-requests\",\"svc-volunteer\"]");
            assertThat(docs.at("/info/description").stringValue())
                    .contains("svc-requests (answered something other than JSON)");
        }

        @Test
        void answeringTooSlowlyIsNamedAndDoesNotHoldUpThePage() throws Exception {
            requests.reply(
                    "/v3/api-docs/staff",
                    StubUpstream.Reply.json(200, STAFF.formatted("r", "/api/requests/queue"))
                            .after(Duration.ofSeconds(3)));

            long started = System.nanoTime();
            JsonNode docs = read("/docs/staff/v3/api-docs");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
            assertThat(docs.get("paths").propertyNames()).containsExactly("/api/org/people");
            assertThat(docs.at("/info/description").stringValue()).contains("svc-requests (no answer within 1000 ms)");
        }
    }

    /** Read as Swagger UI reads it: without a token. */
    private JsonNode read(String path) throws Exception {
        HttpResponse<String> response = client.get(path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        return JSON.readTree(response.body());
    }
}
