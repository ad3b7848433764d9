package org.linli.platform.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PiiCipherTest {

    private static final String KEY_A =
            Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String KEY_B =
            Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    private final PiiCipher cipher = new PiiCipher(new PiiProperties(KEY_A, KEY_B));

    @Test
    void encryptsSoThatOnlyTheKeyReadsItBack() {
        String stored = cipher.encrypt("13812345678");

        assertThat(stored).doesNotContain("13812345678").doesNotContain("5678");
        assertThat(cipher.decrypt(stored)).isEqualTo("13812345678");
        assertThat(new PiiCipher(new PiiProperties(KEY_B, KEY_A)).encrypt("x")).isNotNull();
        assertThatThrownBy(() -> new PiiCipher(new PiiProperties(KEY_B, KEY_A)).decrypt(stored))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTimeButIndexesTheSame() {
        assertThat(cipher.encrypt("张晓明")).isNotEqualTo(cipher.encrypt("张晓明"));
        assertThat(cipher.blindIndex("张晓明")).isEqualTo(cipher.blindIndex("张晓明")).hasSize(64);
        assertThat(cipher.blindIndex("张晓明")).isNotEqualTo(cipher.blindIndex("张晓鸣"));
    }

    @Test
    void aTamperedCiphertextIsRejected() {
        byte[] bytes = Base64.getDecoder().decode(cipher.encrypt("11010519491231002X"));
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesMissingOrShortKeys() {
        assertThatThrownBy(() -> new PiiCipher(new PiiProperties(null, KEY_B)))
                .hasMessageContaining("linli.pii.encryption-key");
        assertThatThrownBy(() ->
                        new PiiCipher(new PiiProperties(Base64.getEncoder().encodeToString(new byte[16]), KEY_B)))
                .hasMessageContaining("32 bytes");
    }
}
