package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Swagger UI at the gateway, showing the resident and the staff documents the gateway merges
 * (MergedApiDocsIT), and each service's own documents passed through its docs route.
 */
class ApiDocsIT extends AbstractGatewayIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ORGANIZATION_DOCS =
            """
            {"openapi":"3.1.0","info":{"title":"svc-organization","version":"v0"},\
            "servers":[{"url":"/","description":"The host that served this document"}],\
            "paths":{"/api/org/households/{id}/party-members":{"get":{"operationId":"partyMembers"}}}}""";

    @Test
    void theSwaggerUiPageIsServedWithoutAToken() throws Exception {
        HttpResponse<String> redirect = client.get("/swagger-ui.html", null);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/swagger-ui/index.html");

        HttpResponse<String> page = client.get(location, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");
    }

    @Test
    void theUiListsTheResidentAndTheStaffDocumentsResidentFirst() throws Exception {
        HttpResponse<String> response = client.get("/v3/api-docs/swagger-config", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode config = JSON.readTree(response.body());
        assertThat(config.get("urls")
                        .valueStream()
                        .map(url -> url.get("name").stringValue() + " at "
                                + url.get("url").stringValue()))
                .containsExactly(
                        "居民端 · Resident (mini-program) API at /docs/resident/v3/api-docs",
                        "工作台 · Staff (console) API at /docs/staff/v3/api-docs");
        assertThat(config.get("urls.primaryName").stringValue()).isEqualTo("居民端 · Resident (mini-program) API");
    }

    @Test
    void theMergedDocumentsAreServedWithoutAToken() throws Exception {
        for (String group : new String[] {"resident", "staff"}) {
            HttpResponse<String> docs = client.get("/docs/" + group + "/v3/api-docs", null);

            assertThat(docs.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(docs.body()).at("/info/title").stringValue())
                    .contains("API");
        }
    }

    @Test
    void aServicesDocsArePassedThroughAsTheServiceWroteThem() throws Exception {
        organization.reply("/v3/api-docs", StubUpstream.Reply.json(200, ORGANIZATION_DOCS));

        HttpResponse<String> docs = client.get("/docs/org/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(docs.body())).isEqualTo(JSON.readTree(ORGANIZATION_DOCS));
        assertThat(organization.next().path()).isEqualTo("/v3/api-docs");
    }

    @Test
    void aServicesGroupIsProxiedWithoutAToken() throws Exception {
        organization.reply("/v3/api-docs/staff", StubUpstream.Reply.json(200, ORGANIZATION_DOCS));

        HttpResponse<String> docs = client.get("/docs/org/v3/api-docs/staff", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/org/households/{id}/party-members");
        assertThat(organization.next().path()).isEqualTo("/v3/api-docs/staff");
    }
}
