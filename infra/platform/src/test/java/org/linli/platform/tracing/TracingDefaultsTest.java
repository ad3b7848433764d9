package org.linli.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class TracingDefaultsTest {

    private static final String PROBABILITY = "management.tracing.sampling.probability";

    @Test
    void aServiceSamplesNothingUnlessToldOtherwise() {
        StandardEnvironment environment = new StandardEnvironment();

        new TracingDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(PROBABILITY, Double.class)).isZero();
    }

    @Test
    void anythingTheServiceOrItsEnvironmentSaysWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", Map.of(PROBABILITY, "0.25")));

        new TracingDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(PROBABILITY, Double.class)).isEqualTo(0.25);
    }
}
