package org.linli.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;

/**
 * The trace a request arrives with (the gateway's, in W3C {@code traceparent}) is the one its log
 * lines and its answer name, so support can go from the id a resident quotes to the service's logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class TracingIT extends AbstractIT {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-00";
    private static final String PATH = "/api/org/households/987654321/party-members";

    // DispatcherServlet logs each request and its outcome at debug: lines written while it is handled
    private static final String DISPATCHER = "org.springframework.web.servlet.DispatcherServlet";

    @Test
    void aRequestsLogLinesAndAnswerCarryTheTraceItArrivedWith(CapturedOutput output) {
        Http.Response response = withDebugLogging(() -> http().exchange(
                        HttpMethod.GET, PATH, TestTokens.systemAdmin(), null, Map.of("traceparent", TRACEPARENT)));

        assertThat(response.headers().get("X-Trace-Id")).containsExactly(TRACE_ID);
        List<String> lines = dispatcherLines(output);
        assertThat(lines).as(output.getOut()).hasSizeGreaterThanOrEqualTo(2);
        // the service's own span, a child of the caller's: same trace, another span id
        assertThat(lines).allMatch(line -> line.matches(".*\\[" + TRACE_ID + "-[0-9a-f]{16}] .*"));
        assertThat(lines).noneMatch(line -> line.contains("00f067aa0ba902b7"));
    }

    @Test
    void aRequestWithoutATraceStartsOneAndSaysWhichInItsLinesAndAnswer(CapturedOutput output) {
        Http.Response response = withDebugLogging(() -> http().get(PATH, TestTokens.systemAdmin()));

        String traceId = response.headers().getFirst("X-Trace-Id");
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(dispatcherLines(output)).isNotEmpty().allMatch(line -> line.contains("[" + traceId + "-"));
    }

    @Test
    void aRefusedRequestStillSaysItsTraceId() {
        Http.Response response = http().exchange(HttpMethod.GET, PATH, null, null, Map.of("traceparent", TRACEPARENT));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().get("X-Trace-Id")).containsExactly(TRACE_ID);
    }

    @Test
    void theServiceSamplesNothingByDefault(@Autowired Tracer tracer) {
        // the platform's default reached the tracer: at Boot's own 0.1, Brave's counting sampler
        // would sample exactly 10 of these 100
        for (int i = 0; i < 100; i++) {
            Span span = tracer.nextSpan();
            try {
                assertThat(span.context().traceId()).matches("[0-9a-f]{32}");
                assertThat(span.context().sampled()).isFalse();
            } finally {
                span.end();
            }
        }
    }

    @Test
    void aLineOutsideAnyRequestKeepsTheSlotEmpty(CapturedOutput output) {
        LoggerFactory.getLogger(TracingIT.class).info("outside any request");

        // same width as "[<32 hex>-<16 hex>] ", so the columns after it line up in every line
        assertThat(output.getOut().lines().filter(line -> line.endsWith("outside any request")))
                .singleElement()
                .asString()
                .containsPattern("\\[ {49}] ");
    }

    // its debug lines only: the info lines of its first-request initialisation belong to no request
    private List<String> dispatcherLines(CapturedOutput output) {
        return output.getOut()
                .lines()
                .filter(line -> line.contains(" DEBUG ") && line.contains("DispatcherServlet"))
                .toList();
    }

    private static <T> T withDebugLogging(Supplier<T> request) {
        LoggingSystem logging = LoggingSystem.get(TracingIT.class.getClassLoader());
        logging.setLogLevel(DISPATCHER, LogLevel.DEBUG);
        try {
            return request.get();
        } finally {
            logging.setLogLevel(DISPATCHER, null);
        }
    }
}
