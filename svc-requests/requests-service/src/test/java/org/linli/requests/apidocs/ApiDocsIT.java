package org.linli.requests.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.testing.Http;
import org.linli.testing.apidocs.PublishedApiContract;

/** The OpenAPI documents the gateway's Swagger UI reads; the lint and the groups come with the contract. */
class ApiDocsIT extends AbstractIT implements PublishedApiContract {

    @Test
    void isTitledAfterTheServiceAndPublishesItsDeadLetters() {
        Http.Response docs = http().get("/v3/api-docs", null);

        assertThat(docs.json().at("/info/title").asString()).isEqualTo("svc-requests");
        assertThat(docs.json().at("/info/description").asString()).contains("接诉即办");
        assertThat(docs.json()
                        .at("/paths/~1api~1requests~1events~1dead-letters/get")
                        .isMissingNode())
                .isFalse();
        assertThat(docs.text()).doesNotContain("\"name\":\"caller\"");
    }
}
