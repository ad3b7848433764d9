package org.linli.gateway.web;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/** Puts {@link MalformedRequests} in every connection's pipeline, before Reactor Netty's traffic handler. */
@Component
class MalformedRequestsCustomizer implements NettyServerCustomizer {

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null) {
                channel.pipeline()
                        .addBefore(NettyPipeline.HttpTrafficHandler, MalformedRequests.NAME, new MalformedRequests());
            }
        });
    }
}
