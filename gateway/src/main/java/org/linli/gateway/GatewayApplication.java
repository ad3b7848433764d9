package org.linli.gateway;

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
        SpringApplication.run(GatewayApplication.class, args);
    }
}
