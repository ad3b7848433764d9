package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;

/**
 * Timeouts and the circuit breaker against a live but slow or refusing upstream. The route's
 * response-timeout must be the one timeout: Resilience4j's TimeLimiter (1 s by default) is off.
 */
class ResilienceIT extends AbstractGatewayIT {

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @Test
    void aSlowAnswerWithinTheRoutesTimeoutArrives() throws Exception {
        organization.reply("/api/org/slow/", StubUpstream.DEFAULT.after(Duration.ofMillis(1500)));

        long start = System.nanoTime();
        HttpResponse<String> response = client.get("/api/org/slow/households", Tokens.communityAdmin());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[{\"memberId\":1}]");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void anAnswerSlowerThanTheRoutesTimeoutIsA504() throws Exception {
        // the organization route allows 5 s
        organization.reply("/api/org/slower/", StubUpstream.DEFAULT.after(Duration.ofMillis(6500)));

        long start = System.nanoTime();
        HttpResponse<String> response = client.get("/api/org/slower/households", Tokens.communityAdmin());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertProblem(response, 504, "service.timeout");
        assertThat(response.body()).contains("svc-organization");
        assertThat(took).isBetween(Duration.ofMillis(4900), Duration.ofMillis(6400));
    }

    @Test
    void anImportSlowerThanTheGeneralTimeoutArrives() throws Exception {
        // the import route allows 60 s: a large workbook is checked row by row before the answer
        organization.reply("/api/org/units/908/imports/", StubUpstream.DEFAULT.after(Duration.ofMillis(6500)));

        HttpResponse<String> response = client.send(client.request("/api/org/units/908/imports/residents")
                .header("Authorization", "Bearer " + Tokens.communityAdmin())
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(organization.next().path()).isEqualTo("/api/org/units/908/imports/residents");
    }

    @Test
    void anExportSlowerThanTheGeneralTimeoutArrives() throws Exception {
        // an .xlsx export sends its first byte only once the workbook is complete
        organization.reply("/api/org/units/909/exports/", StubUpstream.DEFAULT.after(Duration.ofMillis(6500)));

        HttpResponse<String> response = client.send(client.request("/api/org/units/909/exports/residents")
                .header("Authorization", "Bearer " + Tokens.communityAdmin())
                .GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(organization.next().path()).isEqualTo("/api/org/units/909/exports/residents");
    }

    @Test
    void manyConcurrentSlowCallsAreAllServed() throws Exception {
        // Resilience4j's default bulkhead would refuse all but 25 concurrent calls per route
        organization.reply("/api/org/busy/", StubUpstream.DEFAULT.after(Duration.ofMillis(700)));
        String token = Tokens.communityAdmin();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(pool.submit(
                        () -> client.get("/api/org/busy/households", token).statusCode()));
            }
            for (Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theServicesClientErrorsPassThroughAndNeverOpenTheCircuit() throws Exception {
        organization.reply(
                "/api/org/missing/",
                StubUpstream.Reply.json(404, "{\"status\":404,\"code\":\"household.not-found\"}")
                        .withHeader("Content-Type", "application/problem+json"));
        String token = Tokens.communityAdmin();

        // more calls than the breaker's window (20) holds, so it ends up holding only these
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> response = client.get("/api/org/missing/" + i, token);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("household.not-found");
        }

        CircuitBreaker breaker =
                breakers.getCircuitBreakerRegistry().find("organization").orElseThrow();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfBufferedCalls()).isEqualTo(20);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }
}
