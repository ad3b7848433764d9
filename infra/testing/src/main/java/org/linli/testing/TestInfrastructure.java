package org.linli.testing;

import com.redis.testcontainers.RedisContainer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.testcontainers.mysql.MySQLContainer;

/**
 * Real MySQL/MariaDB and Redis for integration tests (never H2, never a Redis mock). When
 * {@code LINLI_TEST_MYSQL_URL} / {@code LINLI_TEST_REDIS_URL} are set (CI and {@code ./dev test} on
 * machines with local servers) they are used; otherwise Testcontainers starts MySQL 8 and Redis 7.
 * Each test database is dropped and created once per JVM, so every run starts from the migrations.
 */
public final class TestInfrastructure {

    private static final Set<String> freshDatabases = new HashSet<>();
    private static boolean redisFlushed;
    private static MySQLContainer mysql;
    private static RedisContainer redis;

    private TestInfrastructure() {}

    /** jdbc:mysql://host:port, no database. */
    public static synchronized String mysqlBaseUrl() {
        String url = System.getenv("LINLI_TEST_MYSQL_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        if (mysql == null) {
            mysql = new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
            mysql.start();
        }
        return "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306);
    }

    public static String mysqlUser() {
        return mysql != null ? "root" : env("LINLI_TEST_MYSQL_USER", "root");
    }

    public static String mysqlPassword() {
        return mysql != null ? "test" : env("LINLI_TEST_MYSQL_PASSWORD", "");
    }

    /** A JDBC URL for {@code database}, which is empty the first time this JVM asks for it. */
    public static synchronized String freshDatabase(String name) {
        // LINLI_TEST_DB_SUFFIX keeps concurrent runs (several worktrees on one machine) apart
        String database = name + env("LINLI_TEST_DB_SUFFIX", "");
        String base = mysqlBaseUrl();
        if (freshDatabases.add(database)) {
            try (Connection c = DriverManager.getConnection(
                            base + "/?allowPublicKeyRetrieval=true&useSSL=false", mysqlUser(), mysqlPassword());
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + database + "`");
                s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot prepare test database " + database + " at " + base, e);
            }
        }
        return base + "/" + database + "?allowPublicKeyRetrieval=true&useSSL=false&rewriteBatchedStatements=true";
    }

    /** redis://host:port */
    public static synchronized String redisUrl() {
        String url = System.getenv("LINLI_TEST_REDIS_URL");
        if (url != null && !url.isBlank()) {
            return url;
        }
        if (redis == null) {
            redis = new RedisContainer(RedisContainer.DEFAULT_IMAGE_NAME.withTag("7"));
            redis.start();
        }
        return redis.getRedisURI();
    }

    /** The Redis database tests use: LINLI_TEST_REDIS_DB, else 15, so a running dev suite's cache is untouched. */
    public static int redisDatabase() {
        return Integer.parseInt(env("LINLI_TEST_REDIS_DB", "15"));
    }

    /**
     * The test Redis database, emptied the first time this JVM asks. The MySQL test database starts
     * afresh each run, so its ids start at 1 again; cache entries or stream events a previous run left
     * under the same ids would otherwise be read as this run's.
     */
    public static synchronized int freshRedisDatabase() {
        int database = redisDatabase();
        if (!redisFlushed) {
            RedisClient client = RedisClient.create(RedisURI.create(redisUrl()));
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                connection.sync().select(database);
                connection.sync().flushdb();
            } finally {
                client.shutdown();
            }
            redisFlushed = true;
        }
        return database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
