package org.linli.platform.core.redis;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * While Redis is unreachable, Lettuce by default queues commands until the command timeout, which would
 * add that timeout to every request. Linli's callers have a fallback (the services MySQL, the gateway
 * failing open), so a command fails at once instead: reject while disconnected, keep reconnecting in the
 * background. The gateway and every service get this same choice.
 */
@AutoConfiguration
@ConditionalOnClass(ClientOptions.class)
public class RedisFailFastAutoConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return builder ->
                builder.autoReconnect(true).disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
