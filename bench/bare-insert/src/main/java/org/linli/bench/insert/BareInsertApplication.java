package org.linli.bench.insert;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The submission benchmark's floor: what Spring MVC, Jackson, Hikari and one MySQL transaction per
 * request manage on this machine, with no security, validation, idempotency, remote call or outbox.
 * {@code ./dev bench requests} compares svc-requests' intake against it.
 */
@SpringBootApplication
public class BareInsertApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareInsertApplication.class, args);
    }
}
