package org.linli.platform.redis;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * While Redis is unreachable, Lettuce by default queues commands until the command timeout. Linli's
 * callers have a MySQL fallback, so a command should fail at once instead: reject while disconnected,
 * keep reconnecting in the background.
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
