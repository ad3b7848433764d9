package org.linli.platform.tracing;

import io.micrometer.tracing.Tracer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * W3C trace context for every servlet service: Spring Boot's Brave tracing (on the classpath through
 * the platform) continues an incoming {@code traceparent}, passes it on and puts the ids in the log
 * lines; this adds the trace id to every answer.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration",
            "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(Tracer.class)
public class TracingAutoConfiguration {

    /**
     * Right after Boot's server observation filter ({@code HIGHEST_PRECEDENCE + 1}), whose span is
     * current from there on, and before Spring Security, so refusals carry the id too.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    @Bean
    FilterRegistrationBean<TraceIdResponseFilter> traceIdResponseFilter(Tracer tracer) {
        FilterRegistrationBean<TraceIdResponseFilter> registration =
                new FilterRegistrationBean<>(new TraceIdResponseFilter(tracer));
        registration.setOrder(ORDER);
        return registration;
    }
}
