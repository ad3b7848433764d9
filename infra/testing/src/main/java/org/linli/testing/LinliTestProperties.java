package org.linli.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The properties an integration test context needs: its own fresh database, Redis (its own database, see
 * {@link TestInfrastructure#redisDatabase()}), fixed PII test keys, and the test token key.
 */
public final class LinliTestProperties {

    // test-only keys: 32 bytes each, Base64; production keys come from secrets
    static final String TEST_ENCRYPTION_KEY = "dGVzdC1vbmx5LWVuY3J5cHRpb24ta2V5LTMyYnl0ZXM=";
    static final String TEST_INDEX_KEY = "dGVzdC1vbmx5LWJsaW5kLWluZGV4LWtleS0zMmJ5dGU=";

    private LinliTestProperties() {}

    public static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.datasource.url", () -> TestInfrastructure.freshDatabase(database));
        registry.add("spring.datasource.username", TestInfrastructure::mysqlUser);
        registry.add("spring.datasource.password", TestInfrastructure::mysqlPassword);
        // the database goes in the URL: when a URL is set, Boot takes the database from it and ignores
        // spring.data.redis.database, which left tests sharing database 0 with a running dev suite
        registry.add(
                "spring.data.redis.url",
                () -> TestInfrastructure.redisUrl() + "/" + TestInfrastructure.freshRedisDatabase());
        registry.add("linli.pii.encryption-key", () -> TEST_ENCRYPTION_KEY);
        registry.add("linli.pii.index-key", () -> TEST_INDEX_KEY);
        registry.add("linli.security.public-key", TestTokens::publicKeyBase64);
        registry.add("linli.identity.tokens.signing-key", TestTokens::privateKeyBase64);
    }
}
