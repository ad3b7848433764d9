package org.linli.bench.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The gateway's ceiling: Spring Cloud Gateway with one route to svc-organization and nothing else (no
 * token check, Redis, circuit breaker, metrics or filters of ours). {@code ./dev bench lookup} runs the
 * real lookup through it beside the real gateway, so each run shows how much of the gap to direct is
 * the framework on this machine and how much is ours.
 */
@SpringBootApplication
public class BareGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareGatewayApplication.class, args);
    }
}
