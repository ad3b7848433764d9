package org.linli.requests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.linli.testing.AbstractServiceIT;
import org.linli.testing.LinliTestProperties;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * svc-requests' ITs: the service on its own fresh database and Redis database, with a fake svc-organization.
 * The deadline and dispatch jobs do not run by themselves here: a test runs a pass when it wants one, with the
 * clock where it wants it.
 */
public abstract class AbstractIT extends AbstractServiceIT {

    /** One for the JVM, as the context is: tests that take it down bring it back. */
    protected static final FakeOrganization ORGANIZATION = started();

    /** The local photo store's directory, the JVM's own, so that tests never write into the working tree. */
    protected static final Path PHOTOS = photoDirectory();

    private static Path photoDirectory() {
        try {
            return Files.createTempDirectory("linli-requests-it-photos");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FakeOrganization started() {
        FakeOrganization organization = new FakeOrganization();
        organization.start(0);
        return organization;
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LinliTestProperties.register(registry, "linli_requests_it");
        registry.add("spring.cloud.discovery.client.simple.instances.svc-organization[0].uri", ORGANIZATION::url);
        registry.add(
                "spring.security.oauth2.client.provider.linli.token-uri", () -> ORGANIZATION.url() + "/oauth2/token");
        registry.add("spring.security.oauth2.client.registration.linli.client-secret", () -> "test-secret");
        registry.add("linli.requests.photos.local-dir", PHOTOS::toString);
        // the deadline, dispatch and photo clean-up jobs: a test runs a pass itself, with the clock where it wants it
        registry.add("linli.requests.jobs-enabled", () -> "false");
    }

    @AfterEach
    void organizationAsItWas() {
        ORGANIZATION.up();
        ORGANIZATION.reset();
    }
}
