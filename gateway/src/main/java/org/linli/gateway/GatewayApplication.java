package org.linli.gateway;

import static reactor.netty.ReactorNetty.IO_WORKER_COUNT;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The only public entry: routes to the services, verifies tokens and sessions, applies coarse role
 * rules, rate limits, body limits, circuit breakers, CORS and security headers, strips spoofed
 * identity, tags traces and serves the aggregated API docs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        oneEventLoopPerCore();
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * Reactor Netty runs at least four event loops, however few the cores. On a two-core pod the spare
     * loops only hand requests between threads (server, upstream and Redis connections on different
     * loops); one per core measured 20–30 % more requests a second through the gateway
     * (docs/benchmarks.md). Read once, when the loops are first made; a -D setting still wins.
     */
    static void oneEventLoopPerCore() {
        if (System.getProperty(IO_WORKER_COUNT) == null) {
            System.setProperty(
                    IO_WORKER_COUNT, Integer.toString(Runtime.getRuntime().availableProcessors()));
        }
    }
}
