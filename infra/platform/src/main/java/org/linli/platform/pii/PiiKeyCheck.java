package org.linli.platform.pii;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refuses to start a service with personal-information keys other than those its database was written
 * with. Without it, a wrong key (a second checkout's generated secrets, a secret mixed up between
 * environments) is noticed only when a read fails, after new rows were already encrypted with it, and
 * the database then holds data under two keys. The first start records a one-way check of each key.
 */
final class PiiKeyCheck {

    private static final Logger log = LoggerFactory.getLogger(PiiKeyCheck.class);
    private static final byte[] LABEL = "linli-pii-key-check".getBytes(StandardCharsets.US_ASCII);

    private PiiKeyCheck() {}

    static void verify(JdbcClient jdbc, PiiProperties keys) {
        String encryption = check(keys.encryptionKey());
        String index = check(keys.indexKey());
        try {
            // one row for the database; of instances starting together on an empty one, the first wins
            jdbc.sql("INSERT IGNORE INTO pii_key_check (id, encryption_check, index_check, recorded_at)"
                            + " VALUES (1, ?, ?, ?)")
                    .params(encryption, index, Timestamp.from(Instant.now()))
                    .update();
        } catch (BadSqlGrammarException noTable) {
            log.warn("No pii_key_check table (platform migrations not run here): the PII keys are not checked");
            return;
        }
        Recorded recorded = jdbc.sql("SELECT encryption_check, index_check FROM pii_key_check WHERE id = 1")
                .query(Recorded.class)
                .single();
        if (!recorded.encryptionCheck().equals(encryption)
                || !recorded.indexCheck().equals(index)) {
            throw new IllegalStateException("linli.pii.encryption-key / linli.pii.index-key are not the keys this"
                    + " database's personal data was written with. Start with those keys (LINLI_PII_ENCRYPTION_KEY,"
                    + " LINLI_PII_INDEX_KEY), or point the service at a database of its own.");
        }
    }

    private static String check(String base64Key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Key), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot check the PII keys", e);
        }
    }

    private record Recorded(String encryptionCheck, String indexCheck) {}
}
