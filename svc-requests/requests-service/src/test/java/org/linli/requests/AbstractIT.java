package org.linli.requests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.linli.testing.AbstractServiceIT;
import org.linli.testing.LinliTestProperties;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** svc-requests' ITs: the service on its own fresh database and Redis database, with a fake svc-organization. */
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
        registry.add("linli.requests.photos.local-dir", PHOTOS::toString);
        // a test runs the clean-up itself, with the clock where it wants it
        registry.add("linli.requests.jobs-enabled", () -> "false");
    }
}
