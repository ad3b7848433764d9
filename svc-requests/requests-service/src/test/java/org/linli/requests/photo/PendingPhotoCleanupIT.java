package org.linli.requests.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.requests.FakeOrganization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class PendingPhotoCleanupIT extends AbstractIT {

    @Autowired
    PendingPhotoCleanup cleanup;

    @Autowired
    PhotoAttachments attachments;

    @Autowired
    RequestPhotoMapper photos;

    @Autowired
    PhotoStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    private final long account = PhotoHttp.newAccount();
    private final String resident = PhotoHttp.resident(account);

    private long upload() {
        return PhotoHttp.uploaded(http(), resident, TestPhotos.jpeg(200, 150));
    }

    private String keyOf(long photoId) {
        return jdbc.sql("SELECT storage_key FROM request_photo WHERE id = ?")
                .param(photoId)
                .query(String.class)
                .single();
    }

    private boolean exists(long photoId) {
        return photos.selectById(photoId) != null;
    }

    private long fileRequestWith(long photoId) {
        long request = http().post(
                        "/api/requests",
                        resident,
                        Map.of("category", "NOISE", "text", "楼上每天夜里十二点还在装修。", "householdId", FakeOrganization.HOME))
                .id();
        transaction.executeWithoutResult(status -> attachments.attach(request, account, List.of(photoId)));
        return request;
    }

    @Test
    void aPhotoLeftPendingPastItsTimeIsDeletedRowAndFileAndNoOtherIs() {
        long abandoned = upload();
        long attached = upload();
        fileRequestWith(attached);
        String abandonedKey = keyOf(abandoned);
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        long fresh = upload();

        int deleted = cleanup.deleteExpired();

        assertThat(deleted).isPositive();
        assertThat(exists(abandoned)).isFalse();
        assertThat(store.get(abandonedKey)).isEmpty();
        assertThat(exists(attached)).isTrue();
        assertThat(store.get(keyOf(attached))).isPresent();
        assertThat(exists(fresh)).isTrue();
        assertThat(store.get(keyOf(fresh))).isPresent();
    }

    @Test
    void aPhotoNotYetPastItsTimeStays() {
        long pending = upload();
        clock.advance(Duration.ofHours(23));

        cleanup.deleteExpired();

        assertThat(exists(pending)).isTrue();
    }

    /** Another instance's clean-up listed the photo just before the resident filed it with a request. */
    @Test
    void aPhotoAttachedAfterTheCleanUpListedItIsKept() {
        long photo = upload();
        clock.advance(Duration.ofHours(25));
        assertThat(photos.selectPendingBefore(LocalDateTime.now(clock), 1000))
                .extracting(RequestPhoto::getId)
                .contains(photo);
        clock.reset();
        fileRequestWith(photo);

        assertThat(photos.deleteIfPending(photo)).isFalse();
        assertThat(exists(photo)).isTrue();
    }
}
