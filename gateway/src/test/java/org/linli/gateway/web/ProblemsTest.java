package org.linli.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProblemsTest {

    @Test
    void aProblemHasEveryFieldTheServicesWrite() {
        assertThat(Problems.body(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Slow down.", "abc"))
                .isEqualTo("{\"type\":\"https://linli.org/problems/rate-limited\",\"title\":\"Too Many Requests\","
                        + "\"status\":429,\"detail\":\"Slow down.\",\"code\":\"rate-limited\",\"traceId\":\"abc\"}");
    }

    @Test
    void textFromConfigurationCannotBreakTheJson() {
        assertThat(Problems.body(HttpStatus.SERVICE_UNAVAILABLE, "x", "svc \"x\"\\\n\u0001", null))
                .contains("\"detail\":\"svc \\\"x\\\"\\\\\\n\\u0001\"")
                .doesNotContain("traceId");
    }
}
