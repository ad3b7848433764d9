package org.linli.platform.apidocs;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * springdoc settings every service shares, beneath everything else (a service's yml wins). Answers
 * are JSON: without this, an operation that does not name what it produces is documented as
 * "any media type", and a client generator cannot tell what it gets.
 */
public class ApiDocsDefaults implements EnvironmentPostProcessor {

    static final String NAME = "linliApiDocsDefaults";

    static final Map<String, Object> DEFAULTS = Map.of(
            "springdoc.default-produces-media-type", "application/json",
            // the platform documents each operation's problems itself (OperationDocs); springdoc's
            // guesses from the exception handlers would add a generic answer to every operation
            "springdoc.override-with-generic-response", "false");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(NAME, DEFAULTS));
    }
}
