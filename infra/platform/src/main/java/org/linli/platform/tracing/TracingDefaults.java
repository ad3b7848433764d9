package org.linli.platform.tracing;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tracing settings every service shares, as defaults beneath everything else (a service's yml, an
 * environment variable such as {@code MANAGEMENT_TRACING_SAMPLING_PROBABILITY}, a test's property
 * all win), so they are written once here instead of in each service.
 *
 * <p>The log pattern needs nothing: with a tracer present Spring Boot puts {@code [traceId-spanId]}
 * in every line of its default pattern, and a padded empty slot in lines outside any trace.
 */
public class TracingDefaults implements EnvironmentPostProcessor {

    static final String NAME = "linliTracingDefaults";

    /**
     * Sample nothing by default. A request gets its trace id, passes it on in {@code traceparent} and
     * shows it in every log line whether or not it is sampled; sampling only decides whether spans are
     * recorded for an exporter, and by default there is none (docs/architecture.md, Tracing), so
     * recording them would be work thrown away. A request's decision is made once, where its trace
     * starts (the gateway, for outside calls), and travels in the {@code traceparent} flags: this
     * value only decides for traces a service starts itself (jobs, direct calls).
     */
    static final Map<String, Object> DEFAULTS = Map.of("management.tracing.sampling.probability", "0.0");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(NAME, DEFAULTS));
    }
}
