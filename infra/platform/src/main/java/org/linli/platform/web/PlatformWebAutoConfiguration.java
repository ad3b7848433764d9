package org.linli.platform.web;

import java.time.Clock;
import org.linli.platform.error.ProblemDetailsAdvice;
import org.linli.platform.idempotency.IdempotencyFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Problem details for every error, and {@code Idempotency-Key} support, for every servlet service. */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** The one clock services read time from, so that tests can fix it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Runs after Spring Security's chain (order -100), so a key is scoped to a verified caller. */
    @Bean
    @ConditionalOnBean(JdbcClient.class)
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcClient jdbc) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(jdbc));
        registration.setOrder(0);
        return registration;
    }
}
