package org.linli.requests.photo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes photos uploaded but never attached to a request (the resident gave up, or the phone lost the
 * answer), once they have waited {@code linli.requests.photos.pending-for}. Safe on several instances at
 * once: each row is deleted only while still pending, and only the instance whose delete took it removes
 * the file. A file whose delete fails after its row went is left behind, and said so in the log. Off, as
 * the request feature's jobs are, when {@code linli.requests.jobs-enabled} is false: the integration tests
 * run a pass themselves, with a moved clock.
 */
@Component
class PendingPhotoCleanup {

    private static final Logger log = LoggerFactory.getLogger(PendingPhotoCleanup.class);
    private static final int BATCH = 100;

    private final RequestPhotoMapper photos;
    private final PhotoStore store;
    private final PhotoProperties properties;
    private final Clock clock;
    private final boolean scheduled;

    PendingPhotoCleanup(
            RequestPhotoMapper photos,
            PhotoStore store,
            PhotoProperties properties,
            Clock clock,
            @Value("${linli.requests.jobs-enabled:true}") boolean scheduled) {
        this.photos = photos;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.scheduled = scheduled;
    }

    @Scheduled(
            initialDelayString = "${linli.requests.photos.cleanup-every:PT10M}",
            fixedDelayString = "${linli.requests.photos.cleanup-every:PT10M}")
    void onSchedule() {
        if (!scheduled) {
            return;
        }
        int deleted = deleteExpired();
        if (deleted > 0) {
            log.info("deleted {} photos that were never attached to a request", deleted);
        }
    }

    /** @return how many photos this call deleted */
    int deleteExpired() {
        LocalDateTime cutoff = LocalDateTime.now(clock).minus(properties.pendingFor());
        int deleted = 0;
        List<RequestPhoto> batch;
        do {
            batch = photos.selectPendingBefore(cutoff, BATCH);
            for (RequestPhoto photo : batch) {
                if (photos.deleteIfPending(photo.getId())) {
                    deleted++;
                    deleteFile(photo.getStorageKey());
                }
            }
        } while (batch.size() == BATCH);
        return deleted;
    }

    private void deleteFile(String key) {
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            log.warn("photo file {} outlived its row and must be deleted by hand", key, e);
        }
    }
}
