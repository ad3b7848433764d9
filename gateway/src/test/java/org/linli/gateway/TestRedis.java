package org.linli.gateway;

import com.redis.testcontainers.RedisContainer;
import java.net.URI;

/**
 * Real Redis for the integration tests, never a mock. {@code LINLI_TEST_REDIS_URL} when set, with
 * its database if the URL names one ({@code redis://127.0.0.1:6379/7}) or else {@code
 * LINLI_TEST_REDIS_DB} (15, as linli-testing), so a running dev suite's database 0 is never touched;
 * otherwise Testcontainers starts Redis 7. linli-testing is not used: it brings the servlet stack.
 * Tests never flush: they use keys of their own (random sessions, subjects and client addresses).
 */
final class TestRedis {

    private static RedisContainer container;

    private TestRedis() {}

    static synchronized String url() {
        String url = System.getenv("LINLI_TEST_REDIS_URL");
        if (url != null && !url.isBlank()) {
            String path = URI.create(url).getPath();
            if (path != null && path.matches("/\\d+")) {
                return url;
            }
            String database = System.getenv().getOrDefault("LINLI_TEST_REDIS_DB", "15");
            return url.replaceAll("/+$", "") + "/" + database;
        }
        if (container == null) {
            container = new RedisContainer(RedisContainer.DEFAULT_IMAGE_NAME.withTag("7"));
            container.start();
        }
        return container.getRedisURI();
    }
}
