package org.linli.organization;

import org.linli.testing.Http;
import org.linli.testing.LinliTestProperties;
import org.linli.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boots svc-organization on a random port against real MariaDB/MySQL and Redis
 * ({@link org.linli.testing.TestInfrastructure}); every IT shares the one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({RegistryFixtures.class, Residents.class, MovableClock.class})
public abstract class AbstractIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LinliTestProperties.register(registry, "linli_org_it");
        IdentityFakes.register(registry);
        ServiceClientsForTests.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected RegistryFixtures fixtures;

    @Autowired
    protected Residents residents;

    /** The service's clock; a test that moves it resets it afterwards. */
    @Autowired
    protected MovableClock clock;

    protected Http http() {
        return new Http("http://localhost:" + port);
    }
}
