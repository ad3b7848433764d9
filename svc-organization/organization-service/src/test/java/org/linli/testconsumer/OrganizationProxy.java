package org.linli.testconsumer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.linli.testing.fake.FakeHttpServer;

/**
 * Stands between the consumer and the real svc-organization, so a test can count the calls that reach
 * it, take it away ({@link #down()}: connections refused) or make it fail ({@link #failing}: 503).
 */
public class OrganizationProxy extends FakeHttpServer {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String organization;
    private volatile boolean failing;

    public OrganizationProxy(String organization) {
        this.organization = organization;
    }

    /** Answers every call with 503, as an overloaded or restarting service would; false to pass them on. */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    @Override
    protected Response handle(Request request) {
        if (failing) {
            return Response.json(503, java.util.Map.of("code", "server.unavailable", "status", 503));
        }
        HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(organization + request.path()))
                .method(
                        request.method(),
                        request.body().isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(request.body()));
        for (String header : new String[] {"authorization", "content-type", "accept"}) {
            if (request.headers().containsKey(header)) {
                forward.header(header, request.headers().get(header));
            }
        }
        try {
            HttpResponse<String> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofString());
            String type = answer.headers()
                    .firstValue("content-type")
                    .orElse("application/json")
                    .split(";")[0];
            return new Response(answer.statusCode(), type, answer.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
