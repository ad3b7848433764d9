package org.linli.requests.photo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request photos: what is accepted, how long an unattached upload waits, where the files are kept.
 *
 * @param maxSize the largest file accepted; spring.servlet.multipart.max-file-size must be at least as
 *     large (checked at start-up), or the multipart limit answers first
 * @param minSide the fewest pixels a side may have (smaller is a thumbnail or an icon, not a photo)
 * @param maxSide the most pixels a side may have: a phone's photo is at most 4000 to 6000 pixels a side
 *     (a 200-megapixel mode aside), and the pixels are decoded to check them
 * @param pendingFor how long an uploaded photo waits to be attached to a request before it is deleted
 * @param cleanupEvery how often each instance deletes the photos that waited longer (read by the schedule)
 * @param store {@code local} (one instance) or {@code s3} (replicas sharing object storage)
 * @param localDir the directory of the local store, relative to the working directory unless absolute
 */
@ConfigurationProperties("linli.requests.photos")
public record PhotoProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("64") int minSide,
        @DefaultValue("8000") int maxSide,
        @DefaultValue("24h") Duration pendingFor,
        @DefaultValue("10m") Duration cleanupEvery,
        @DefaultValue("local") Store store,
        @DefaultValue("data/request-photos") Path localDir,
        @DefaultValue S3 s3) {

    public enum Store {
        LOCAL,
        S3
    }

    /**
     * @param endpoint the storage's address, for anything but AWS itself (MinIO, Ceph, a cloud's own); none for AWS
     * @param region the region, which signs every request (S3-compatible servers mostly accept us-east-1)
     * @param pathStyle bucket in the path ({@code endpoint/bucket/key}), as most S3-compatible servers
     *     need, instead of in the host name
     * @param accessKey with {@code secretKey}, fixed keys; without, the AWS SDK's own chain
     */
    public record S3(
            URI endpoint,
            @DefaultValue("us-east-1") String region,
            String bucket,
            @DefaultValue("true") boolean pathStyle,
            String accessKey,
            String secretKey) {

        /** Without the secret: configuration gets printed (start-up failures, /actuator/configprops). */
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", pathStyle="
                    + pathStyle + ", accessKey=" + accessKey + ", secretKey=" + (secretKey == null ? null : "***")
                    + "]";
        }
    }
}
