package org.linli.requests;

import org.linli.testing.AbstractServiceIT;
import org.linli.testing.LinliTestProperties;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** svc-requests' ITs: the service on its own fresh database and Redis database, on real servers. */
public abstract class AbstractIT extends AbstractServiceIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LinliTestProperties.register(registry, "linli_requests_it");
    }
}
