package org.linli.organization.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Loads demo data at start-up when {@code linli.demo.households} is set:
 * {@code java -jar organization-service.jar --linli.demo.households=12000 --linli.demo.exit=true}.
 */
@Component
@ConditionalOnProperty(prefix = "linli.demo", name = "households")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoDataGenerator generator;
    private final DemoProperties properties;
    private final ConfigurableApplicationContext context;

    DemoDataRunner(DemoDataGenerator generator, DemoProperties properties, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.properties = properties;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Demo data: making sure the demo district has {} households", properties.households());
        DemoReport report = generator.generate(properties.households());
        log.info("{}", report);
        log.info(
                "Demo staff logins (shared demo password, see the README): {}",
                DemoStaff.LOGINS.stream()
                        .map(l -> l.username() + " (" + l.role() + ")")
                        .toList());
        if (properties.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
