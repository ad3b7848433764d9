package org.linli.platform.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.platform.testsupport.PlatformInfrastructure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A service started with other PII keys than its database was written with refuses to start. */
class PiiKeyCheckIT {

    private static final PiiProperties KEYS = new PiiProperties(randomKey(), randomKey());

    private JdbcClient jdbc;

    @BeforeEach
    void freshDatabase() {
        String[] db = PlatformInfrastructure.freshDatabase("linli_platform_pii_it");
        Flyway.configure()
                .dataSource(db[0], db[1], db[2])
                .locations("classpath:db/platform")
                .load()
                .migrate();
        jdbc = JdbcClient.create(new DriverManagerDataSource(db[0], db[1], db[2]));
    }

    @Test
    void theFirstStartRecordsTheKeysAndTheSameKeysStartAgain() {
        PiiKeyCheck.verify(jdbc, KEYS);

        assertThatCode(() -> PiiKeyCheck.verify(jdbc, KEYS)).doesNotThrowAnyException();
        String recorded = jdbc.sql("SELECT CONCAT(encryption_check, index_check) FROM pii_key_check")
                .query(String.class)
                .single();
        assertThat(recorded)
                .as("a one-way check, never the key")
                .doesNotContain(KEYS.encryptionKey())
                .doesNotContain(KEYS.indexKey())
                .hasSize(128);
    }

    @Test
    void anotherEncryptionKeyOrIndexKeyIsRefused() {
        PiiKeyCheck.verify(jdbc, KEYS);

        for (PiiProperties other : new PiiProperties[] {
            new PiiProperties(randomKey(), KEYS.indexKey()), new PiiProperties(KEYS.encryptionKey(), randomKey())
        }) {
            assertThatThrownBy(() -> PiiKeyCheck.verify(jdbc, other))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not the keys this database's personal data was written with");
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
