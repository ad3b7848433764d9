package org.linli.platform.outbox;

import io.micrometer.tracing.Tracer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event bus: publishing (outbox and relay, when {@code linli.events.stream} is set), consuming
 * (every {@link EventSubscription} bean), the dead letters and, in a servlet service that sets
 * {@code linli.events.dead-letters.path}, their administration endpoints.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
        })
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    /** Registered before {@link #noEventTracing()}: member classes are processed first. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.tracing.Tracer")
    static class Tracing {

        @Bean
        @ConditionalOnMissingBean
        EventTracing eventTracing(ObjectProvider<Tracer> tracer) {
            return new MicrometerEventTracing(tracer);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    EventTracing noEventTracing() {
        return EventTracing.NONE;
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "linli.events", name = "stream")
    @ConditionalOnBean(JdbcClient.class)
    EventOutbox eventOutbox(JdbcClient jdbc, JsonMapper json, EventTracing tracing) {
        return new EventOutbox(jdbc, json, tracing);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "linli.events", name = "stream")
    @ConditionalOnBooleanProperty(name = "linli.events.relay-enabled", matchIfMissing = true)
    @ConditionalOnBean(JdbcClient.class)
    OutboxRelay outboxRelay(
            JdbcClient jdbc,
            StringRedisTemplate redis,
            TransactionTemplate tx,
            JsonMapper json,
            EventsProperties props) {
        return new OutboxRelay(jdbc, redis, tx, json, props);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(StringRedisTemplate.class)
    DeadLetters deadLetters(StringRedisTemplate redis, JsonMapper json, EventsProperties props, Environment env) {
        String stream = props.deadLetters().stream();
        if (stream == null || stream.isBlank()) {
            stream = "linli:events:dead-letters:" + env.getProperty("spring.application.name", "application");
        }
        return new DeadLetters(redis, json, stream);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({JdbcClient.class, StringRedisTemplate.class, TransactionTemplate.class})
    EventConsumers eventConsumers(
            ObjectProvider<EventSubscription> subscriptions,
            EventsProperties props,
            StringRedisTemplate redis,
            JdbcClient jdbc,
            TransactionTemplate tx,
            JsonMapper json,
            EventTracing tracing,
            DeadLetters deadLetters) {
        return new EventConsumers(
                subscriptions.orderedStream().toList(),
                new EventBus(props.consumer(), redis, jdbc, tx, json, tracing, deadLetters));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(prefix = "linli.events.dead-letters", name = "path")
    @ConditionalOnBean(DeadLetters.class)
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }
}
