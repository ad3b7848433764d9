package org.linli.gateway.resilience;

import java.util.concurrent.atomic.AtomicLong;
import org.linli.gateway.web.FilterOrder;
import org.linli.gateway.web.HttpProperties;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Caps request bodies per route: {@code linli.gateway.max-request-size} (1 MB) unless the route's
 * {@code max-request-size} metadata allows more (the import route takes 20 MB). A declared
 * {@code Content-Length} past the limit is refused before a byte is read or forwarded; a body
 * without one (chunked) is counted while it streams to the service and cut off at the limit, so
 * the gateway never holds more than a buffer of it.
 */
@Component
class RequestSizeFilter implements GlobalFilter, Ordered {

    static final String METADATA_KEY = "max-request-size";

    private final long defaultLimit;

    RequestSizeFilter(HttpProperties properties) {
        this.defaultLimit = properties.maxRequestSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long limit = limitOf(exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR));
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return Mono.error(new RequestTooLargeException(limit));
        }
        if (declared >= 0) {
            // Netty reads no more than Content-Length, so the declared size is the size
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(counted(request, limit)).build());
    }

    private long limitOf(Route route) {
        Object value = route == null ? null : route.getMetadata().get(METADATA_KEY);
        if (value == null) {
            return defaultLimit;
        }
        return value instanceof Number n
                ? n.longValue()
                : DataSize.parse(value.toString()).toBytes();
    }

    private static ServerHttpRequest counted(ServerHttpRequest request, long limit) {
        return new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                AtomicLong seen = new AtomicLong();
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new RequestTooLargeException(limit));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
    }

    @Override
    public int getOrder() {
        return FilterOrder.REQUEST_SIZE;
    }
}
