package org.linli.requests.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Only in a process started to make demo requests: the clock the generator moves. The platform's own clock
 * ({@code PlatformWebAutoConfiguration.clock()}) is {@code @ConditionalOnMissingBean}, so it steps aside;
 * {@code @Primary} wins over a test's clock too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "linli.demo", name = "requests")
class DemoConfiguration {

    @Bean
    @Primary
    DemoClock demoClock() {
        return new DemoClock();
    }
}
