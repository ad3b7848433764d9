package org.linli.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the gateway's own refusals as RFC 9457 problem details, the shape and codes the services
 * answer with (type, title, status, detail, code), plus the trace id, so a client handles one error
 * format whoever refused it and a support call can quote the id.
 */
public final class Problems {

    static final String TYPE_BASE = "https://linli.org/problems/";
    /** A plain mapper: these bodies hold strings and a number, nothing that needs the application's set-up. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = body(status, code, detail, TraceIdHeaderFilter.currentTraceId(exchange))
                .getBytes(StandardCharsets.UTF_8);
        response.getHeaders().setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    static String body(HttpStatus status, String code, String detail, String traceId) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + code);
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("code", code);
        if (traceId != null) {
            problem.put("traceId", traceId);
        }
        return JSON.writeValueAsString(problem);
    }
}
