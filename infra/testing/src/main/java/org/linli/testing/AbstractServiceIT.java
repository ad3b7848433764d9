package org.linli.testing;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The base of a service's integration tests: the service booted on a random port, once per JVM for
 * every IT that adds no configuration of its own, on real MySQL/MariaDB and Redis ({@link
 * TestInfrastructure}). A service's own base names its test database and adds its fixtures:
 *
 * <pre>{@code
 * public abstract class AbstractIT extends AbstractServiceIT {
 *
 *     @DynamicPropertySource
 *     static void infrastructure(DynamicPropertyRegistry registry) {
 *         LinliTestProperties.register(registry, "linli_requests_it");
 *     }
 * }
 * }</pre>
 *
 * <p>A test that needs another value for a property registered there (its own Redis, to stop it)
 * registers it from a {@code DynamicPropertyRegistrar} bean in a nested {@code @TestConfiguration}.
 * A {@code @DynamicPropertySource} method of the test class itself would not do: Spring calls a
 * subclass's methods before its superclass's, so the base's value would silently win.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.class)
public abstract class AbstractServiceIT {

    @LocalServerPort
    protected int port;

    /** The service's clock; reset after every test, since the context is shared. */
    @Autowired
    protected MovableClock clock;

    /** The service itself, over real HTTP; pass a token from {@link TestTokens} (or a login) per request. */
    public Http http() {
        return new Http("http://localhost:" + port);
    }

    @AfterEach
    protected void realTime() {
        clock.reset();
    }
}
