package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

final class ProblemAssert {

    private ProblemAssert() {}

    /** An RFC 9457 problem as the gateway writes it: status, type, title, detail, code and trace id. */
    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        String traceId = response.headers().firstValue("X-Trace-Id").orElseThrow();
        assertThat(response.body())
                .contains("\"type\":\"https://linli.org/problems/" + code + "\"")
                .contains("\"status\":" + status)
                .contains("\"code\":\"" + code + "\"")
                .contains("\"title\":\"")
                .contains("\"detail\":\"")
                .contains("\"traceId\":\"" + traceId + "\"");
    }
}
