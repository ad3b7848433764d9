package org.linli.organization.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.testing.Http;
import org.linli.testing.apidocs.PublishedApiContract;
import org.springframework.http.HttpMethod;

/**
 * The OpenAPI documents the gateway's Swagger UI reads; the lint and the groups come with {@link
 * PublishedApiContract}.
 */
class ApiDocsIT extends AbstractIT implements PublishedApiContract {

    @Test
    void describesBearerTokensAndHidesTheCallerArgument() {
        Http.Response docs = http().get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json()
                        .at("/components/securitySchemes/bearer-token/scheme")
                        .asString())
                .isEqualTo("bearer");
        // every operation asks for the token, so Swagger UI's "Authorize" sends it
        assertThat(docs.json().at("/security/0/bearer-token").isArray()).isTrue();
        assertThat(docs.json().at("/info/title").asString()).isEqualTo("svc-organization");
        // relative, so that read through the gateway, "Try it out" goes to the gateway; no own address
        assertThat(docs.json().at("/servers").toString())
                .isEqualTo("[{\"url\":\"/\",\"description\":\"The host that served this document\"}]");
        assertThat(docs.json().at("/info/description").asString()).contains("党员联户");
        assertThat(docs.json().at("/paths/~1api~1org~1households~1{id}/get").isMissingNode())
                .isFalse();
        // the caller comes from the token; it must not show up as a request parameter
        assertThat(docs.text()).doesNotContain("\"name\":\"caller\"");
        // the platform's error page answers for every path; it is no operation of the API
        assertThat(docs.json().at("/paths/~1error").isMissingNode()).isTrue();
    }

    @Test
    void everyDocumentNamesOnlyARelativeServerWhicheverIsReadFirstAndWhoeverForwardedIt() {
        Map<String, String> forwarded = Map.of("X-Forwarded-Host", "gateway.example", "X-Forwarded-Proto", "https");
        for (String document : List.of("/v3/api-docs/resident", "/v3/api-docs/staff", "/v3/api-docs")) {
            Http.Response docs = http().exchange(HttpMethod.GET, document, null, null, forwarded);

            assertThat(docs.json().at("/servers").toString())
                    .as(document)
                    .isEqualTo("[{\"url\":\"/\",\"description\":\"The host that served this document\"}]");
        }
    }

    @Test
    void publishesThePlatformsDeadLetterEndpointsUnderTheServicesPrefix() {
        Http.Response docs = http().get("/v3/api-docs", null);

        assertThat(docs.json().at("/paths/~1api~1org~1events~1dead-letters/get").isMissingNode())
                .isFalse();
        assertThat(docs.json()
                        .at("/paths/~1api~1org~1events~1dead-letters~1{id}~1replay/post")
                        .isMissingNode())
                .isFalse();
    }
}
