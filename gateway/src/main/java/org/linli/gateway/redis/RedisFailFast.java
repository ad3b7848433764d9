package org.linli.gateway.redis;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * While Redis is unreachable, Lettuce by default queues commands until the command timeout, which
 * would add that timeout to every request. The gateway fails open instead (see {@link FailOpen}),
 * so a command must fail at once: reject while disconnected, keep reconnecting in the background.
 * The same choice as the platform library's, which the gateway cannot use (it is servlet-based).
 */
@Configuration(proxyBeanMethods = false)
class RedisFailFast {

    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return builder ->
                builder.autoReconnect(true).disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }
}
