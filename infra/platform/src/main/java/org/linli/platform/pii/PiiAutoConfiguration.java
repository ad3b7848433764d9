package org.linli.platform.pii;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

@AutoConfiguration
@EnableConfigurationProperties(PiiProperties.class)
@ConditionalOnProperty(prefix = "linli.pii", name = "encryption-key")
public class PiiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PiiCipher piiCipher(PiiProperties properties, ObjectProvider<JdbcClient> jdbc) {
        PiiCipher cipher = new PiiCipher(properties);
        // before anything can encrypt: a JdbcClient exists only once Flyway has migrated
        jdbc.ifAvailable(client -> PiiKeyCheck.verify(client, properties));
        return cipher;
    }
}
