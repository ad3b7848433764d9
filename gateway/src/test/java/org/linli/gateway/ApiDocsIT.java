package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Swagger UI at the gateway, reading each service's OpenAPI document through a docs route. */
class ApiDocsIT extends AbstractGatewayIT {

    private static final String ORGANIZATION_DOCS =
            """
            {"openapi":"3.1.0","info":{"title":"svc-organization","version":"v0"},\
            "servers":[{"url":"http://10.0.0.7:8081","description":"Generated server url"}],\
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
    void theUiIsToldWhereEachServicesDocsAre() throws Exception {
        HttpResponse<String> config = client.get("/v3/api-docs/swagger-config", null);

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"url\":\"/docs/org/v3/api-docs\"").contains("svc-organization");
    }

    @Test
    void aServicesDocsAreProxiedWithoutTheirServerSoTryItOutGoesThroughTheGateway() throws Exception {
        organization.reply("/v3/api-docs", StubUpstream.Reply.json(200, ORGANIZATION_DOCS));

        HttpResponse<String> docs = client.get("/docs/org/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body())
                .contains("/api/org/households/{id}/party-members")
                .doesNotContain("10.0.0.7");
        assertThat(organization.next().path()).isEqualTo("/v3/api-docs");
    }
}
