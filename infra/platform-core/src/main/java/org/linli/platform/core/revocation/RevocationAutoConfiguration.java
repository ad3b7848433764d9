package org.linli.platform.core.revocation;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Every process that verifies tokens (the gateway and each service) keeps the revoked sessions in
 * memory, learned by subscription. Off only where a process has no Redis at all.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnBean(RedisConnectionFactory.class)
@ConditionalOnProperty(prefix = "linli.security.revocation", name = "enabled", matchIfMissing = true)
public class RevocationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RevokedSessions revokedSessions() {
        return new RevokedSessions(Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    RevokedSessionsSubscription revokedSessionsSubscription(
            RedisConnectionFactory connections,
            RevokedSessions revoked,
            @Value("${linli.security.revocation.reload-every:10s}") Duration reloadEvery) {
        return new RevokedSessionsSubscription(connections, revoked, reloadEvery);
    }
}
