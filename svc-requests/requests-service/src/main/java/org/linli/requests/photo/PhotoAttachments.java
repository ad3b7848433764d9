package org.linli.requests.photo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.linli.requests.photo.dto.PhotoView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of a request: attaching those its filer uploaded, listing them, and reading one. Who may
 * see a request is the request feature's to decide; it asks here only once it has.
 */
@Service
public class PhotoAttachments {

    /** The most photos one request holds (DESIGN: "up to 9 photos"), as WeChat's picker also allows. */
    public static final int MAX_PER_REQUEST = 9;

    private final RequestPhotoMapper photos;
    private final PhotoStore store;
    private final Clock clock;

    PhotoAttachments(RequestPhotoMapper photos, PhotoStore store, Clock clock) {
        this.photos = photos;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Attaches pending photos to a request, in the caller's transaction (which writes the request): all of
     * them or, refused with 422 on {@code photoIds}, none once that transaction rolls back. Each must be
     * the owner's own upload and still pending; an unknown id, someone else's photo and one already
     * attached are refused alike, so that the answer tells nothing of other people's photos.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void attach(long requestId, long ownerAccountId, List<Long> photoIds) {
        if (photoIds == null || photoIds.isEmpty()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>(photoIds);
        if (ids.size() < photoIds.size()) {
            throw PhotoProblems.namedTwice(duplicates(photoIds));
        }
        if (photoIds.size() + photos.countByRequest(requestId) > MAX_PER_REQUEST) {
            throw PhotoProblems.tooMany(MAX_PER_REQUEST);
        }
        // the read names what is wrong; the conditional update alone decides, should anything move between
        List<Long> refused = notPendingOf(ownerAccountId, photoIds);
        if (!refused.isEmpty()) {
            throw PhotoProblems.notAttachable(refused);
        }
        if (photos.attachPending(requestId, ownerAccountId, ids, LocalDateTime.now(clock)) < ids.size()) {
            throw PhotoProblems.notAttachable(photoIds);
        }
    }

    /** A request's photos, in the order they were uploaded. */
    public List<PhotoView> photosOf(long requestId) {
        return photos.selectByRequest(requestId).stream()
                .map(p -> new PhotoView(p.getId(), p.getContentType(), p.getWidth(), p.getHeight(), p.getBytes()))
                .toList();
    }

    /** A photo of the request, with its file; 404 {@code photo.not-found} for any photo not of this request. */
    public PhotoContent open(long requestId, long photoId) {
        RequestPhoto photo = photos.selectOfRequest(requestId, photoId);
        if (photo == null) {
            throw PhotoProblems.notFound(photoId);
        }
        byte[] bytes = store.get(photo.getStorageKey())
                .orElseThrow(() -> new IllegalStateException(
                        "photo " + photoId + " has a row but no file at " + photo.getStorageKey()));
        return new PhotoContent(bytes, photo.getContentType(), photo.getSha256());
    }

    private List<Long> notPendingOf(long ownerAccountId, List<Long> photoIds) {
        Set<Long> pending = photos.selectPendingIds(ownerAccountId, photoIds);
        return photoIds.stream().filter(id -> !pending.contains(id)).toList();
    }

    private static List<Long> duplicates(List<Long> ids) {
        Set<Long> seen = new LinkedHashSet<>();
        return ids.stream().filter(id -> !seen.add(id)).distinct().toList();
    }
}
