package org.linli.platform.outbox;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
        })
@EnableConfigurationProperties(EventsProperties.class)
@ConditionalOnProperty(prefix = "linli.events", name = "stream")
public class EventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(JdbcClient.class)
    EventOutbox eventOutbox(JdbcClient jdbc, JsonMapper json) {
        return new EventOutbox(jdbc, json);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "linli.events", name = "relay-enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            StringRedisTemplate redis,
            TransactionTemplate tx,
            JsonMapper json,
            EventsProperties props) {
        return new OutboxRelay(jdbc, redis, tx, json, props);
    }
}
