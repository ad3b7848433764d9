package org.linli.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The gateway's log lines written while a request is handled name its trace. */
@ExtendWith(OutputCaptureExtension.class)
class TraceLogIT extends AbstractGatewayIT {

    // logs, at debug, the route it picked: in the middle of the reactive chain, on an event loop
    private static final String ROUTING = "org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping";

    @Test
    void linesWrittenWhileARequestIsHandledCarryItsTraceId(CapturedOutput output) throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(ROUTING, LogLevel.DEBUG);
        HttpResponse<String> response;
        try {
            response = client.get("/api/org/households/7/party-members", Tokens.communityAdmin());
        } finally {
            logging.setLogLevel(ROUTING, null);
        }

        String traceId = response.headers().firstValue("X-Trace-Id").orElseThrow();
        List<String> lines = output.getOut()
                .lines()
                .filter(line -> line.contains(" DEBUG ") && line.contains("RoutePredicateHandlerMapping"))
                .toList();
        assertThat(lines).as(output.getOut()).isNotEmpty();
        assertThat(lines).allMatch(line -> line.contains("[" + traceId + "-"));
    }
}
