package org.linli.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark's floor: what Spring MVC and Jackson alone manage on this machine for the
 * household → party members answer, with no security, cache or database. {@code ./dev bench lookup}
 * compares the real lookup against it.
 */
@SpringBootApplication
public class BareEndpointApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareEndpointApplication.class, args);
    }
}
