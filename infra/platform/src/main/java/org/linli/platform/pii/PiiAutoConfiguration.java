package org.linli.platform.pii;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
@EnableConfigurationProperties(PiiProperties.class)
@ConditionalOnProperty(prefix = "linli.pii", name = "encryption-key")
public class PiiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PiiCipher piiCipher(PiiProperties properties) {
        return new PiiCipher(properties);
    }
}
