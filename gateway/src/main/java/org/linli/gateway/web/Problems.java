package org.linli.gateway.web;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes the gateway's own refusals as RFC 9457 problem details, the shape and codes the services
 * answer with (type, title, status, detail, code), plus the trace id, so a client handles one error
 * format whoever refused it and a support call can quote the id.
 */
public final class Problems {

    static final String TYPE_BASE = "https://linli.org/problems/";

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
        StringBuilder json = new StringBuilder(256)
                .append("{\"type\":\"")
                .append(TYPE_BASE)
                .append(escape(code))
                .append("\",\"title\":\"")
                .append(escape(status.getReasonPhrase()))
                .append("\",\"status\":")
                .append(status.value())
                .append(",\"detail\":\"")
                .append(escape(detail))
                .append("\",\"code\":\"")
                .append(escape(code))
                .append('"');
        if (traceId != null) {
            json.append(",\"traceId\":\"").append(escape(traceId)).append('"');
        }
        return json.append('}').toString();
    }

    /** JSON string escaping: details may name a service or a limit taken from configuration. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
