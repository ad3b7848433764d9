package org.linli.requests.demo;

import org.linli.requests.request.RequestsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Makes demo requests at start-up when {@code linli.demo.requests} is set: {@code java -jar requests-service.jar
 * --linli.demo.requests=400 --linli.demo.exit=true --linli.requests.jobs-enabled=false --server.port=0}, with
 * svc-organization and its demo data up.
 */
@Component
@ConditionalOnProperty(prefix = "linli.demo", name = "requests")
class DemoRequestsRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRequestsRunner.class);

    private final DemoRequestsGenerator generator;
    private final DemoProperties properties;
    private final RequestsProperties requests;
    private final ConfigurableApplicationContext context;

    DemoRequestsRunner(
            DemoRequestsGenerator generator,
            DemoProperties properties,
            RequestsProperties requests,
            ConfigurableApplicationContext context) {
        this.generator = generator;
        this.properties = properties;
        this.requests = requests;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requests.jobsEnabled()) {
            // this process's clock reads the past while it writes: jobs on it would act at those instants
            throw new IllegalStateException("The demo request generator runs without the deadline job and dispatch"
                    + " retries: start it with --linli.requests.jobs-enabled=false (the running service does them)");
        }
        log.info("Demo requests: making sure the demo district has {}", properties.requests());
        log.info("{}", generator.generate(properties.requests()));
        if (properties.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
