package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Request bodies: 1 MB by default, 20 MB on the import route, 413 past the limit. */
class RequestSizeIT extends AbstractGatewayIT {

    private static final int MB = 1024 * 1024;

    @Test
    void aBodyPastTheDefaultLimitIsRefused() throws Exception {
        HttpResponse<String> response = client.send(post("/api/org/households", bytes(MB + 1)));

        assertProblem(response, 413, "request.too-large");
        assertThat(response.body()).contains("1 MB");
        assertThat(organization.untouched()).isTrue();
    }

    @Test
    void aBodyWithinTheDefaultLimitPasses() throws Exception {
        HttpResponse<String> response = client.send(post("/api/org/households", bytes(MB)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(organization.next().bodyLength()).isEqualTo(MB);
    }

    @Test
    void theImportRouteTakesTwentyMegabytes() throws Exception {
        HttpResponse<String> response = client.send(post("/api/org/import/households", bytes(20 * MB)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(organization.next().bodyLength()).isEqualTo(20 * MB);
    }

    @Test
    void theImportRouteRefusesMore() throws Exception {
        HttpResponse<String> response = client.send(post("/api/org/import/households", bytes(20 * MB + 1)));

        assertProblem(response, 413, "request.too-large");
        assertThat(response.body()).contains("20 MB");
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
        byte[] body = new byte[2 * MB];
        // no length known up front: the client sends the body chunked
        HttpRequest.Builder request = client.request("/api/org/households")
                .header("Authorization", "Bearer " + Tokens.communityAdmin())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        HttpResponse<String> response = client.send(request);

        assertProblem(response, 413, "request.too-large");
    }

    @Test
    void aSmallChunkedBodyPasses() throws Exception {
        byte[] body = new byte[64 * 1024];
        HttpRequest.Builder request = client.request("/api/org/households")
                .header("Authorization", "Bearer " + Tokens.communityAdmin())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        HttpResponse<String> response = client.send(request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(organization.next().bodyLength()).isEqualTo(64 * 1024);
    }

    private HttpRequest.Builder post(String path, byte[] body) {
        return client.request(path)
                .header("Authorization", "Bearer " + Tokens.communityAdmin())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static byte[] bytes(int size) {
        return new byte[size];
    }
}
