package org.linli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Operations read from an OpenAPI document, and the sample paths patterns are matched against. */
class PublishedOperationTest {

    private static final String OPEN_API =
            """
            {"openapi": "3.1.0", "paths": {
              "/api/org/units/{unitId}/imports/residents": {"post": {"requestBody": {"content": {"application/json":
                {"schema": {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}}}}}}},
              "/api/org/photos": {"post": {"requestBody": {"content": {"multipart/form-data": {"schema": {}}}}}},
              "/api/org/households/{id}": {"get": {}, "put": {"requestBody": {"content": {"application/json":
                {"schema": {"$ref": "#/components/schemas/Household"}}}}}, "parameters": []}},
             "components": {"schemas": {"Household": {"properties": {"area": {"type": "number"}}}}}}
            """;

    @Test
    void readsEveryOperationAndWhetherItTakesAFile() {
        assertThat(PublishedOperation.of("svc-a", JsonMapper.builder().build().readTree(OPEN_API)))
                .containsExactlyInAnyOrder(
                        new PublishedOperation("svc-a", "post", "/api/org/units/{unitId}/imports/residents", true),
                        new PublishedOperation("svc-a", "post", "/api/org/photos", true),
                        new PublishedOperation("svc-a", "get", "/api/org/households/{id}", false),
                        new PublishedOperation("svc-a", "put", "/api/org/households/{id}", false));
    }

    @Test
    void aSamplePathHasASegmentForEachVariable() {
        assertThat(new PublishedOperation("svc-a", "post", "/api/org/compounds/{compoundId}/parties/{kind}", false)
                        .samplePath())
                .isEqualTo("/api/org/compounds/7/parties/7");
    }
}
