package org.linli.requests.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 store against a real S3 server: S3Proxy, started in this JVM on a free port with its
 * in-memory ("transient") back end, speaking S3's REST API with AWS signature v4, as MinIO or a cloud's
 * object storage would. The bucket is made here, as an operator would make it.
 */
class S3PhotoStoreIT {

    private static final String ACCESS_KEY = "linli-test";
    private static final String SECRET_KEY = "linli-test-secret";
    private static final String BUCKET = "request-photos";

    private static BlobStoreContext blobs;
    private static S3Proxy server;

    @BeforeAll
    static void startServer() throws Exception {
        blobs = ContextBuilder.newBuilder("transient")
                .credentials("unused", "unused")
                .build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        server = S3Proxy.builder()
                .blobStore(blobs.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        server.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!"STARTED".equals(server.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy did not start: " + server.getState());
            }
            Thread.sleep(10);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop();
        blobs.close();
    }

    private static PhotoProperties.S3 settings(String secretKey) {
        return new PhotoProperties.S3(
                URI.create("http://127.0.0.1:" + server.getPort()), "us-east-1", BUCKET, true, ACCESS_KEY, secretKey);
    }

    /** What application.yml binds with store=s3, with the rest at their defaults. */
    private static PhotoProperties s3Configuration() {
        return new PhotoProperties(
                DataSize.ofMegabytes(10),
                64,
                8000,
                Duration.ofHours(24),
                Duration.ofMinutes(10),
                PhotoProperties.Store.S3,
                Path.of("unused"),
                settings(SECRET_KEY));
    }

    @Test
    void theConfigurationWithStoreS3PutsGetsAndDeletesPhotosInTheBucket() throws Exception {
        PhotoStore store = new PhotoConfiguration().photoStore(s3Configuration());
        byte[] photo = JpegMetadata.strip(TestPhotos.phoneJpeg(160, 120, 1)).bytes();
        try {
            assertThat(store).isInstanceOf(S3PhotoStore.class);

            store.put("2026/03/02/0a1b2c.jpg", photo, "image/jpeg");

            assertThat(store.get("2026/03/02/0a1b2c.jpg")).hasValue(photo);
            assertThat(blobs.getBlobStore()
                            .blobMetadata(BUCKET, "2026/03/02/0a1b2c.jpg")
                            .getContentMetadata()
                            .getContentType())
                    .isEqualTo("image/jpeg");
            store.delete("2026/03/02/0a1b2c.jpg");
            assertThat(store.get("2026/03/02/0a1b2c.jpg")).isEmpty();
            assertThat(blobs.getBlobStore().blobExists(BUCKET, "2026/03/02/0a1b2c.jpg"))
                    .isFalse();
        } finally {
            ((AutoCloseable) store).close();
        }
    }

    @Test
    void aKeyWithNoObjectIsNoPhotoAndDeletingItAgainIsNoError() {
        try (S3PhotoStore store = S3PhotoStore.connect(settings(SECRET_KEY))) {
            assertThat(store.get("2026/03/02/never-stored.jpg")).isEmpty();
            store.delete("2026/03/02/never-stored.jpg");
        }
    }

    @Test
    void theWrongSecretIsRefusedByTheServer() {
        try (S3PhotoStore store = S3PhotoStore.connect(settings("not-the-secret"))) {
            assertThatThrownBy(() -> store.put("2026/03/02/x.jpg", new byte[] {1}, "image/jpeg"))
                    .isInstanceOfSatisfying(
                            S3Exception.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        }
    }
}
