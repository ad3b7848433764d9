package org.linli.organization;

import org.linli.testing.AbstractServiceIT;
import org.linli.testing.LinliTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** svc-organization's ITs: its own database, the fake WeChat and ID-check services, and registry fixtures. */
@Import({RegistryFixtures.class, Residents.class})
public abstract class AbstractIT extends AbstractServiceIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        LinliTestProperties.register(registry, "linli_org_it");
        IdentityFakes.register(registry);
        ServiceClientsForTests.register(registry);
    }

    @Autowired
    protected RegistryFixtures fixtures;

    @Autowired
    protected Residents residents;
}
