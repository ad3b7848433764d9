package org.linli.platform.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.redis.testcontainers.RedisContainer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * Real MariaDB/MySQL and Redis for the platform's own integration tests. infra/testing depends on
 * this module, so it cannot be used here; the environment variables are the same
 * ({@code LINLI_TEST_MYSQL_URL}, {@code LINLI_TEST_REDIS_URL}, {@code LINLI_TEST_DB_SUFFIX},
 * {@code LINLI_TEST_REDIS_DB}), and without them Testcontainers starts the servers.
 */
public final class PlatformInfrastructure {

    private static final String DATABASE = "linli_platform_it" + env("LINLI_TEST_DB_SUFFIX", "");

    private static String jdbcBase;
    private static String user;
    private static String password;
    private static String redisUrl;

    private PlatformInfrastructure() {}

    /** Points a Spring test context at a database emptied once per JVM and at the test Redis database. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        start();
        String url = jdbcBase + "/" + DATABASE + "?allowPublicKeyRetrieval=true&useSSL=false";
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
        registry.add("spring.data.redis.url", () -> redisUrl);
        registry.add("spring.data.redis.database", () -> env("LINLI_TEST_REDIS_DB", "15"));
    }

    /** A JDBC URL, user and password of a database emptied for the caller (name gets the run's suffix). */
    public static synchronized String[] freshDatabase(String name) {
        start();
        String database = name + env("LINLI_TEST_DB_SUFFIX", "");
        recreate(jdbcBase, database);
        return new String[] {jdbcBase + "/" + database + "?allowPublicKeyRetrieval=true&useSSL=false", user, password};
    }

    private static void start() {
        if (jdbcBase != null) {
            return;
        }
        String mysqlUrl = env("LINLI_TEST_MYSQL_URL", "");
        String redis = env("LINLI_TEST_REDIS_URL", "");
        if (mysqlUrl.isBlank() || redis.isBlank()) {
            assumeTrue(
                    DockerClientFactory.instance().isDockerAvailable(),
                    "Needs MariaDB/MySQL and Redis: set LINLI_TEST_MYSQL_URL and LINLI_TEST_REDIS_URL, or run Docker");
        }
        if (mysqlUrl.isBlank()) {
            MySQLContainer mysql =
                    new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
            mysql.start();
            mysqlUrl = "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306);
            user = "root";
            password = "test";
        } else {
            user = env("LINLI_TEST_MYSQL_USER", "root");
            password = env("LINLI_TEST_MYSQL_PASSWORD", "");
        }
        if (redis.isBlank()) {
            RedisContainer container = new RedisContainer(RedisContainer.DEFAULT_IMAGE_NAME.withTag("7"));
            container.start();
            redis = container.getRedisURI();
        }
        recreateDatabase(mysqlUrl);
        jdbcBase = mysqlUrl;
        redisUrl = redis;
    }

    // each run starts from the migrations; stream keys are unique per test, so Redis needs no flush
    private static void recreateDatabase(String base) {
        recreate(base, DATABASE);
    }

    private static void recreate(String base, String database) {
        try (Connection c = DriverManager.getConnection(
                        base + "/?allowPublicKeyRetrieval=true&useSSL=false", user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare test database " + database + " at " + base, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
