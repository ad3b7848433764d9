package org.linli.platform.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.util.ClassUtils;

/**
 * Gives a service that calls others (Feign on its classpath) the platform's defaults for Spring
 * Cloud OpenFeign, Spring Cloud CircuitBreaker and Resilience4j, from {@code client-defaults.properties}.
 * They are third-party properties, so they are set as properties, behind every other source: a
 * service's {@code application.yml} or environment overrides any of them, key by key.
 */
public class ClientDefaults implements EnvironmentPostProcessor {

    static final String SOURCE = "linliClientDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!ClassUtils.isPresent("feign.Feign", getClass().getClassLoader())
                || environment.getPropertySources().contains(SOURCE)) {
            return;
        }
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource(
                            SOURCE, new ClassPathResource("org/linli/platform/client/client-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException("The platform's client defaults are missing from its jar", e);
        }
    }
}
