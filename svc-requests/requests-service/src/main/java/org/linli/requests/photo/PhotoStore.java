package org.linli.requests.photo;

import java.util.Optional;

/**
 * Where photo files live, by key ({@code 2026/03/02/9f0c….jpg}); the database holds everything else
 * about them. Local disk by default; S3-compatible object storage when the service runs as several
 * replicas, which must all see every photo ({@code linli.requests.photos.store}).
 */
interface PhotoStore {

    /** Stores the file under a key no other photo has; a reader never sees it half written. */
    void put(String key, byte[] content, String contentType);

    Optional<byte[]> get(String key);

    /** Removes the file; nothing happens when there is none. */
    void delete(String key);
}
