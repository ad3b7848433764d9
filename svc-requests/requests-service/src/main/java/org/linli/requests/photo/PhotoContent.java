package org.linli.requests.photo;

/**
 * A stored photo's file, to send as it is.
 *
 * @param sha256 hex digest of the bytes: a strong ETag, since a stored photo never changes
 */
public record PhotoContent(byte[] bytes, String contentType, String sha256) {}
