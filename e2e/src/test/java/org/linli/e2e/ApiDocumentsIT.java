package org.linli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.linli.testing.Http;
import org.linli.testing.apidocs.OpenApiLint;
import tools.jackson.databind.JsonNode;

/**
 * The two documents Swagger UI shows at the gateway, merged from the running services: each complete
 * (no service missing), clean under the project's lint, and holding its own audience's operations.
 */
class ApiDocumentsIT {

    private final RunningLinli linli = RunningLinli.get();

    @Test
    void theResidentDocumentHoldsTheMiniProgramsOperationsAndPassesTheLint() {
        JsonNode docs = mergedDocument("resident");

        assertThat(operations(docs))
                .contains(
                        "post /api/auth/wx/login",
                        "post /api/auth/wx/phone",
                        "get /api/org/me/households",
                        "post /api/requests",
                        "get /api/requests/mine")
                .doesNotContain("post /api/auth/staff/login", "post /api/org/households");
    }

    @Test
    void theStaffDocumentHoldsTheConsolesOperationsAndPassesTheLint() {
        JsonNode docs = mergedDocument("staff");

        assertThat(operations(docs))
                .contains(
                        "post /api/auth/staff/login",
                        "post /api/org/households",
                        "get /api/org/access-audit",
                        "get /api/requests/{id}",
                        "get /api/requests")
                .doesNotContain("post /api/auth/wx/login", "get /api/org/me/households", "post /api/requests");
    }

    @Test
    void aServicesOwnDocumentReadThroughTheGatewayNamesNoAddressOfItsOwn() {
        for (String document : List.of(
                "/docs/org/v3/api-docs", "/docs/org/v3/api-docs/staff", "/docs/requests/v3/api-docs/resident")) {
            Http.Response response = linli.gateway().get(document, null);

            assertThat(response.status()).as(document + " " + response).isEqualTo(200);
            assertThat(response.json().path("servers").toString())
                    .as(document)
                    .isEqualTo("[{\"url\":\"/\"," + "\"description\":\"The host that served this document\"}]");
            assertThat(response.text())
                    .doesNotContain("127.0.0.1:" + linli.organizationPort)
                    .doesNotContain("127.0.0.1:" + linli.requestsPort);
        }
    }

    private JsonNode mergedDocument(String group) {
        Http.Response response = linli.gateway().get("/docs/" + group + "/v3/api-docs", null);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode docs = response.json();
        assertThat(docs.has("x-linli-unavailable"))
                .as("a service is missing from it")
                .isFalse();
        assertThat(docs.at("/servers/0/url").asString())
                .as("Try it out goes to the gateway that served it")
                .isEqualTo("/");
        assertThat(docs.get("servers")).hasSize(1);
        assertThat(OpenApiLint.ofThisRepository().lint("gateway-" + group, response.text()))
                .as("lint of the merged " + group + " document")
                .isEmpty();
        return docs;
    }

    private static List<String> operations(JsonNode docs) {
        List<String> operations = new ArrayList<>();
        docs.path("paths").properties().forEach(path -> path.getValue()
                .propertyNames()
                .forEach(method -> operations.add(method + " " + path.getKey())));
        return operations;
    }
}
