package org.linli.platform.pii;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.lang.Nullable;

/**
 * Encrypts personal information for storage (AES-256-GCM, a fresh nonce per value) and derives the
 * blind index (HMAC-SHA256) that lets us find a row by exact value without storing the value.
 */
public class PiiCipher {

    private static final byte FORMAT_V1 = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(PiiProperties properties) {
        this.encryptionKey = new SecretKeySpec(key(properties.encryptionKey(), "linli.pii.encryption-key"), "AES");
        this.indexKey = new SecretKeySpec(key(properties.indexKey(), "linli.pii.index-key"), "HmacSHA256");
    }

    /** Base64 of version byte, nonce and ciphertext+tag; null stays null. */
    @Nullable
    public String encrypt(@Nullable String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length);
            out.put(FORMAT_V1).put(nonce).put(sealed);
            return Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII encryption failed", e);
        }
    }

    @Nullable
    public String decrypt(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(Base64.getDecoder().decode(stored));
            if (in.get() != FORMAT_V1) {
                throw new IllegalStateException("Unknown PII ciphertext format");
            }
            byte[] nonce = new byte[NONCE_BYTES];
            in.get(nonce);
            byte[] sealed = new byte[in.remaining()];
            in.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PII decryption failed (wrong key or tampered value)", e);
        }
    }

    /** The blind index of a value: equal inputs give equal hex strings, nothing more is revealed. */
    @Nullable
    public String blindIndex(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Blind index failed", e);
        }
    }

    private static byte[] key(String base64, String property) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(property + " is not set: personal data cannot be stored without it");
        }
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes in Base64, got " + bytes.length);
        }
        return bytes;
    }
}
