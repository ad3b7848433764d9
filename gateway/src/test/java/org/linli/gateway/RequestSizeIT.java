package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies: 1 MB by default, 20 MB on the import route ({@code /api/org/units/{unitId}/imports/**}),
 * 12 MB on svc-requests' photo upload ({@code /api/requests/photos}), 413 past the limit.
 */
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

    /** The service's import endpoints: {@code POST /api/org/units/{unitId}/imports/{dataset}}, multipart. */
    @ParameterizedTest
    @ValueSource(strings = {"households", "residents", "party-members"})
    void aWorkbookOfSomeMegabytesReachesTheImport(String dataset) throws Exception {
        String path = "/api/org/units/7/imports/" + dataset;

        HttpResponse<String> response = client.send(upload(path, 3 * MB));

        assertThat(response.statusCode()).isEqualTo(200);
        StubUpstream.Received received = organization.next();
        assertThat(received.path()).isEqualTo(path);
        assertThat(received.bodyLength()).isGreaterThan(3 * MB);
    }

    @Test
    void theImportRouteTakesTwentyMegabytes() throws Exception {
        HttpResponse<String> response = client.send(post("/api/org/units/7/imports/households", bytes(20 * MB)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(organization.next().bodyLength()).isEqualTo(20 * MB);
    }

    @Test
    void theImportRouteRefusesMore() throws Exception {
        HttpResponse<String> response = client.send(post("/api/org/units/7/imports/households", bytes(20 * MB + 1)));

        assertProblem(response, 413, "request.too-large");
        assertThat(response.body()).contains("20 MB");
        assertThat(organization.untouched()).isTrue();
    }

    @Test
    void onlyTheImportsTakeMore() throws Exception {
        HttpResponse<String> response = client.send(post("/api/org/units/7/children", bytes(MB + 1)));

        assertProblem(response, 413, "request.too-large");
        assertThat(response.body()).contains("1 MB");
        assertThat(organization.untouched()).isTrue();
    }

    @Test
    void aPhotoOfTenMegabytesReachesSvcRequests() throws Exception {
        HttpResponse<String> response = client.send(upload("/api/requests/photos", 10 * MB));

        assertThat(response.statusCode()).isEqualTo(200);
        StubUpstream.Received received = organization.next();
        assertThat(received.path()).isEqualTo("/api/requests/photos");
        assertThat(received.bodyLength()).isGreaterThan(10 * MB);
    }

    @Test
    void thePhotoRouteRefusesMoreThanTwelveMegabytesAndTheRestOfSvcRequestsMoreThanOne() throws Exception {
        HttpResponse<String> photo = client.send(post("/api/requests/photos", bytes(12 * MB + 1)));
        HttpResponse<String> request = client.send(post("/api/requests", bytes(MB + 1)));

        assertProblem(photo, 413, "request.too-large");
        assertThat(photo.body()).contains("12 MB");
        assertProblem(request, 413, "request.too-large");
        assertThat(organization.untouched()).isTrue();
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

    /** A multipart upload of a {@code size}-byte workbook in the field {@code file}, as the console sends it. */
    private HttpRequest.Builder upload(String path, int size) {
        String boundary = "linli-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"roster.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        return client.request(path)
                .header("Authorization", "Bearer " + Tokens.communityAdmin())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(bytes(size)),
                        HttpRequest.BodyPublishers.ofByteArray(tail)));
    }

    private static byte[] bytes(int size) {
        return new byte[size];
    }
}
