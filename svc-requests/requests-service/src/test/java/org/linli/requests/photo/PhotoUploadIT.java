package org.linli.requests.photo;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.metadata.exif.GpsDirectory;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.linli.requests.AbstractIT;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class PhotoUploadIT extends AbstractIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PhotoStore store;

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    private String storageKey(long photoId) {
        return jdbc.sql("SELECT storage_key FROM request_photo WHERE id = ?")
                .param(photoId)
                .query(String.class)
                .single();
    }

    @Nested
    class Accepted {

        @Test
        void aPhoneJpegIsStoredPendingForItsUploaderWithoutItsGpsPosition() {
            long account = PhotoHttp.newAccount();
            byte[] phone = TestPhotos.phoneJpeg(640, 480, 1);

            Http.Response response = PhotoHttp.uploadJpeg(http(), PhotoHttp.resident(account), phone);

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            JsonNode photo = response.json();
            assertThat(photo.get("contentType").asString()).isEqualTo("image/jpeg");
            assertThat(photo.get("width").asInt()).isEqualTo(640);
            assertThat(photo.get("height").asInt()).isEqualTo(480);
            assertThat(LocalDateTime.parse(photo.get("attachBefore").asString()))
                    .isAfter(LocalDateTime.now().plusHours(23));
            byte[] stored = store.get(storageKey(response.id())).orElseThrow();
            assertThat(photo.get("bytes").asLong()).isEqualTo(stored.length);
            assertThat(PhotoMetadataTest.metadata(stored).getFirstDirectoryOfType(GpsDirectory.class))
                    .isNull();
            Map<String, Object> row = jdbc.sql(
                            "SELECT owner_account_id, request_id, sha256 FROM request_photo WHERE id = ?")
                    .param(response.id())
                    .query()
                    .singleRow();
            assertThat(((Number) row.get("owner_account_id")).longValue()).isEqualTo(account);
            assertThat(row.get("request_id")).isNull();
            assertThat(row.get("sha256")).isEqualTo(PhotoUploads.sha256(stored));
        }

        @Test
        void aPhotoTakenSidewaysIsMeasuredAsItIsShown() {
            Http.Response response = PhotoHttp.uploadJpeg(
                    http(), PhotoHttp.resident(PhotoHttp.newAccount()), TestPhotos.phoneJpeg(640, 480, 6));

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.json().get("width").asInt()).isEqualTo(480);
            assertThat(response.json().get("height").asInt()).isEqualTo(640);
        }

        @Test
        void aPngAndAWebpAreTakenByTheirContentWhateverTheirNameSays() {
            String resident = PhotoHttp.resident(PhotoHttp.newAccount());

            Http.Response png =
                    PhotoHttp.upload(http(), resident, "photo.jpg", "image/jpeg", TestPhotos.phonePng(300, 200, 1));
            Http.Response webp = PhotoHttp.upload(
                    http(), resident, "photo.bin", "application/octet-stream", TestPhotos.webpWithGps());

            assertThat(png.status()).as(png.toString()).isEqualTo(201);
            assertThat(png.json().get("contentType").asString()).isEqualTo("image/png");
            assertThat(webp.status()).as(webp.toString()).isEqualTo(201);
            assertThat(webp.json().get("contentType").asString()).isEqualTo("image/webp");
            assertThat(storageKey(webp.id())).endsWith(".webp");
        }

        @Test
        void staffRecordingARequestForAResidentUploadItsPhotos() {
            String gridWorker = TestTokens.staff(Role.GRID_WORKER, 9, "/1/2/3/9/");

            Http.Response response = PhotoHttp.uploadJpeg(http(), gridWorker, TestPhotos.jpeg(800, 600));

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
        }
    }

    @Nested
    class Refused {

        private final String resident = PhotoHttp.resident(PhotoHttp.newAccount());

        @Test
        void aResidentWhoIsNotRealNameVerified() {
            String unverified = TestTokens.resident(PhotoHttp.newAccount(), null);

            assertProblem(
                    PhotoHttp.uploadJpeg(http(), unverified, TestPhotos.jpeg(200, 200)), 403, "real-name.required");
        }

        @Test
        void aPhotoOverTheLimitIsTooLargeAndSaysTheLimit() {
            byte[] big = Arrays.copyOf(TestPhotos.jpeg(200, 200), 10 * 1024 * 1024 + 1);

            Http.Response response = PhotoHttp.uploadJpeg(http(), resident, big);

            assertProblem(response, 413, "photo.too-large");
            assertThat(response.json().get("detail").asString()).contains("10 MB");
        }

        @Test
        void aBodyFarOverTheLimitStopsAtTheMultipartLimitAsAProblemToo() {
            byte[] huge = new byte[13 * 1024 * 1024];

            assertProblem(PhotoHttp.uploadJpeg(http(), resident, huge), 413, "request.too-large");
        }

        @Test
        void aPdfOrATextFileNamedLikeAPhoto() {
            byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
            byte[] text = "my neighbour's dog barks all night".getBytes(StandardCharsets.UTF_8);

            assertProblem(
                    PhotoHttp.upload(http(), resident, "IMG_0002.jpg", "image/jpeg", pdf),
                    415,
                    "photo.unsupported-type");
            assertProblem(
                    PhotoHttp.upload(http(), resident, "IMG_0003.jpg", "image/jpeg", text),
                    415,
                    "photo.unsupported-type");
        }

        @Test
        void aPhotoTooSmallOrTooLargeInPixels() {
            assertProblem(
                    PhotoHttp.upload(http(), resident, "icon.png", "image/png", TestPhotos.png(48, 48)),
                    422,
                    "photo.dimensions-too-small");
            assertProblem(
                    PhotoHttp.uploadJpeg(http(), resident, TestPhotos.jpeg(8001, 64)),
                    422,
                    "photo.dimensions-too-large");
        }

        @Test
        void aJpegCutShortOrAnEmptyFile() {
            byte[] jpeg = TestPhotos.jpeg(400, 300);

            assertProblem(
                    PhotoHttp.uploadJpeg(http(), resident, Arrays.copyOf(jpeg, jpeg.length * 2 / 3)),
                    422,
                    "photo.unreadable");
            assertProblem(PhotoHttp.uploadJpeg(http(), resident, new byte[0]), 422, "photo.unreadable");
        }

        @Test
        void aBodyThatIsNotMultipartSaysHowToSendThePhoto() {
            Http.Response response = http().post(PhotoHttp.PATH, resident, Map.of("file", "IMG_0001.jpg"));

            assertProblem(response, 415, "request.not-multipart");
            assertThat(response.json().get("detail").asString()).contains("'file'");
        }

        @Test
        void nothingIsStoredForARefusedPhoto() {
            long account = PhotoHttp.newAccount();

            PhotoHttp.uploadJpeg(http(), PhotoHttp.resident(account), TestPhotos.jpeg(20, 20));

            assertThat(jdbc.sql("SELECT COUNT(*) FROM request_photo WHERE owner_account_id = ?")
                            .param(account)
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }
}
