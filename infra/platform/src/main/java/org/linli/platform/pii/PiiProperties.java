package org.linli.platform.pii;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal information, both 32 random bytes in Base64, from a secret (never the repo).
 *
 * @param encryptionKey AES-256-GCM key for the ciphertext columns
 * @param indexKey HMAC-SHA256 key for the blind-index columns used for exact lookup
 */
@ConfigurationProperties("linli.pii")
public record PiiProperties(String encryptionKey, String indexKey) {}
