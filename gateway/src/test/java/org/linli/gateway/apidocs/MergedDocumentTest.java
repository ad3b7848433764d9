package org.linli.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MergedDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ApiDocsProperties.Group RESIDENT = new ApiDocsProperties.Group("居民端", "For residents.", "v1");

    private final MergedDocument merged = new MergedDocument("resident");

    @Nested
    class OperationIds {

        @Test
        void aLaterServicesOperationWhoseIdIsTakenGetsItsServicesPrefix() throws Exception {
            merged.add(
                    "svc-organization",
                    JSON.readTree(
                            """
                    {"paths":{"/api/org/things/{id}":{"get":{"operationId":"get"}},
                              "/api/org/events/dead-letters":{"get":{"operationId":"list"}}}}"""));
            merged.add(
                    "svc-requests",
                    JSON.readTree(
                            """
                    {"paths":{"/api/requests/{id}":{"get":{"operationId":"get"},"post":{"operationId":"submit"}},
                              "/api/requests/events/dead-letters":{"get":{"operationId":"list"}}}}"""));

            JsonNode paths = merged.toNode(RESIDENT).path("paths");

            assertThat(paths.at("/~1api~1org~1things~1{id}/get/operationId").stringValue())
                    .isEqualTo("get");
            assertThat(paths.at("/~1api~1requests~1{id}/get/operationId").stringValue())
                    .isEqualTo("requestsGet");
            assertThat(paths.at("/~1api~1requests~1{id}/post/operationId").stringValue())
                    .isEqualTo("submit");
            assertThat(paths.at("/~1api~1requests~1events~1dead-letters/get/operationId")
                            .stringValue())
                    .isEqualTo("requestsList");
        }

        @Test
        void aRenameDoesNotTakeAnIdAlreadyPublished() throws Exception {
            merged.add(
                    "svc-organization",
                    JSON.readTree(
                            """
                    {"paths":{"/api/org/a":{"get":{"operationId":"get"}},
                              "/api/org/b":{"get":{"operationId":"requestsGet"}}}}"""));
            merged.add(
                    "svc-requests",
                    JSON.readTree("{\"paths\":{\"/api/requests/{id}\":{\"get\":{\"operationId\":\"get\"}}}}"));

            assertThat(merged.toNode(RESIDENT)
                            .at("/paths/~1api~1requests~1{id}/get/operationId")
                            .stringValue())
                    .isEqualTo("requestsGet_2");
        }
    }

    @Nested
    class Components {

        @Test
        void aSchemaThatOnlyRefersToARenamedOneIsRenamedToo() {
            // equal in text, but "Item" means something else in each service
            merged.add(
                    "svc-organization",
                    doc(
                            """
                    {"schemas":{"Item":{"type":"string"},
                                "Page":{"items":{"$ref":"#/components/schemas/Item"}}}}"""));
            merged.add(
                    "svc-requests",
                    doc(
                            """
                    {"schemas":{"Item":{"type":"integer"},
                                "Page":{"items":{"$ref":"#/components/schemas/Item"}}}}"""));

            JsonNode schemas = merged.toNode(RESIDENT).at("/components/schemas");

            assertThat(schemas.propertyNames()).containsExactly("Item", "Page", "Requests_Item", "Requests_Page");
            assertThat(schemas.at("/Requests_Page/items/$ref").stringValue())
                    .isEqualTo("#/components/schemas/Requests_Item");
            assertThat(schemas.at("/Page/items/$ref").stringValue()).isEqualTo("#/components/schemas/Item");
        }

        @Test
        void aRenameDoesNotTakeANameTheServiceAlreadyUses() {
            merged.add("svc-organization", doc("{\"schemas\":{\"Item\":{\"type\":\"string\"}}}"));
            merged.add(
                    "svc-requests",
                    doc("{\"schemas\":{\"Item\":{\"type\":\"integer\"},\"Requests_Item\":{\"type\":\"boolean\"}}}"));

            JsonNode schemas = merged.toNode(RESIDENT).at("/components/schemas");

            assertThat(schemas.propertyNames()).containsExactly("Item", "Requests_Item_2", "Requests_Item");
            assertThat(schemas.at("/Requests_Item_2/type").stringValue()).isEqualTo("integer");
            assertThat(schemas.at("/Requests_Item/type").stringValue()).isEqualTo("boolean");
        }

        @Test
        void aDiscriminatorsMappingFollowsTheRename() {
            merged.add("svc-organization", doc("{\"schemas\":{\"Dog\":{\"type\":\"string\"}}}"));
            merged.add(
                    "svc-notify",
                    doc(
                            """
                    {"schemas":{"Dog":{"type":"object"},
                      "Pet":{"discriminator":{"propertyName":"kind","mapping":{"dog":"#/components/schemas/Dog"}}}}}"""));

            assertThat(merged.toNode(RESIDENT)
                            .at("/components/schemas/Pet/discriminator/mapping/dog")
                            .stringValue())
                    .isEqualTo("#/components/schemas/Notify_Dog");
        }

        @Test
        void aDifferentSecuritySchemeOfTheSameNameIsRenamedWhereverARequirementNamesIt() throws Exception {
            merged.add(
                    "svc-organization",
                    JSON.readTree(
                            """
                    {"openapi":"3.1.0","security":[{"bearer-token":[]}],
                     "components":{"securitySchemes":{"bearer-token":{"type":"http","scheme":"bearer"}}}}"""));
            merged.add(
                    "svc-requests",
                    JSON.readTree(
                            """
                    {"openapi":"3.1.0","security":[{"bearer-token":[]}],
                     "paths":{"/api/requests":{"get":{"security":[{"bearer-token":["staff"]}]}}},
                     "components":{"securitySchemes":{"bearer-token":{"type":"apiKey","in":"header","name":"X"}}}}"""));

            JsonNode docs = merged.toNode(RESIDENT);

            assertThat(docs.get("security").toString())
                    .isEqualTo("[{\"bearer-token\":[]},{\"Requests_bearer-token\":[]}]");
            assertThat(docs.at("/paths/~1api~1requests/get/security").toString())
                    .isEqualTo("[{\"Requests_bearer-token\":[\"staff\"]}]");
        }
    }

    @Test
    void aCompleteDocumentSaysNothingIsMissing() {
        merged.add("svc-organization", doc("{}"));

        JsonNode docs = merged.toNode(RESIDENT);

        assertThat(docs.has(MergedDocument.UNAVAILABLE)).isFalse();
        assertThat(docs.at("/info/description").stringValue()).isEqualTo("For residents.");
        assertThat(docs.at("/info/version").stringValue()).isEqualTo("v1");
    }

    @Test
    void aMissingServiceIsNamedBeforeTheGroupsDescription() {
        merged.unavailable("svc-requests", "unreachable");

        JsonNode docs = merged.toNode(RESIDENT);

        assertThat(docs.at("/info/description").stringValue())
                .startsWith("**Incomplete: the operations of svc-requests (unreachable) are missing**")
                .endsWith("For residents.");
        assertThat(docs.get(MergedDocument.UNAVAILABLE).toString()).isEqualTo("[\"svc-requests\"]");
        assertThat(docs.get("openapi").stringValue()).isEqualTo("3.1.0");
        assertThat(docs.get("paths").isEmpty()).isTrue();
    }

    @Test
    void aServicePrefixIsAValidComponentName() {
        assertThat(org.linli.gateway.apidocs.Components.prefixOf("svc-requests"))
                .isEqualTo("Requests");
        assertThat(org.linli.gateway.apidocs.Components.prefixOf("svc-party_building"))
                .isEqualTo("PartyBuilding");
    }

    private static JsonNode doc(String components) {
        return JSON.readTree("{\"openapi\":\"3.1.0\",\"components\":" + components + "}");
    }
}
