package org.linli.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.scripting.support.ResourceScriptSource;

class RateLimitConfigTest {

    @Test
    void theTokenBucketScriptIsHeldAsTextWithTheSameDigest() {
        DefaultRedisScript<List<Long>> fromResource = new DefaultRedisScript<>();
        fromResource.setScriptSource(
                new ResourceScriptSource(new ClassPathResource("META-INF/scripts/request_rate_limiter.lua")));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<List<Long>> type = (Class) List.class;
        fromResource.setResultType(type);

        RedisScript<List<Long>> loaded = RateLimitConfig.loadedOnce(fromResource);

        assertThat(loaded.getScriptAsString())
                .isEqualTo(fromResource.getScriptAsString())
                .contains("tokens_key");
        assertThat(loaded.getSha1()).isEqualTo(fromResource.getSha1());
        assertThat(loaded.getResultType()).isEqualTo(List.class);
    }
}
