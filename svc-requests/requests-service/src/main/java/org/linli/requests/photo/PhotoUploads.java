package org.linli.requests.photo;

import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import org.linli.platform.security.Caller;
import org.linli.requests.photo.PixelCheck.Dimensions;
import org.linli.requests.photo.dto.UploadedPhoto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Taking a photo for a request (上传诉求照片): checked (size, type by content, pixels), stripped of its
 * metadata, stored, and recorded as pending, owned by the uploader until they attach it to a request.
 */
@Service
public class PhotoUploads {

    private static final Logger log = LoggerFactory.getLogger(PhotoUploads.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final RequestPhotoMapper photos;
    private final PhotoStore store;
    private final PixelCheck pixels;
    private final PhotoProperties properties;
    private final Clock clock;

    PhotoUploads(
            RequestPhotoMapper photos,
            PhotoStore store,
            PixelCheck pixels,
            PhotoProperties properties,
            Clock clock,
            ObjectProvider<MultipartConfigElement> multipart) {
        this.photos = photos;
        this.store = store;
        this.pixels = pixels;
        this.properties = properties;
        this.clock = clock;
        requireMultipartRoom(multipart.getIfAvailable(), properties.maxSize().toBytes());
    }

    /**
     * A real-name verified resident, or staff recording a request for a resident, uploads one photo.
     * The file is stored before its row is written, so that a pending row always has its file; a file
     * whose row then fails to be written is deleted again.
     */
    public UploadedPhoto upload(Caller caller, InputStream file) {
        if (!caller.isStaff() && caller.personId() == null) {
            throw PhotoProblems.realNameRequired();
        }
        byte[] original = readAtMost(file, properties.maxSize().toBytes());
        if (original.length == 0) {
            throw PhotoProblems.unreadable("the file is empty");
        }
        ImageType type = ImageType.sniff(original).orElseThrow(PhotoProblems::unsupportedType);
        StrippedPhoto stripped = StrippedPhoto.of(type, original);
        Dimensions stored = pixels.verify(type, stripped.bytes());

        LocalDateTime now = LocalDateTime.now(clock);
        RequestPhoto photo = pending(caller, type, stripped, stored, now);
        save(photo, stripped.bytes());
        return new UploadedPhoto(
                photo.getId(),
                photo.getContentType(),
                photo.getWidth(),
                photo.getHeight(),
                photo.getBytes(),
                now.plus(properties.pendingFor()));
    }

    /** The row of a photo just uploaded, its sides as it is shown, under a key no one can guess or repeat. */
    private static RequestPhoto pending(
            Caller caller, ImageType type, StrippedPhoto stripped, Dimensions stored, LocalDateTime now) {
        boolean turned = ExifOrientation.swapsSides(stripped.orientation());
        RequestPhoto photo = new RequestPhoto();
        photo.setOwnerAccountId(caller.accountId());
        photo.setStorageKey(
                now.format(DAY) + "/" + UUID.randomUUID().toString().replace("-", "") + "." + type.extension());
        photo.setContentType(type.contentType());
        photo.setWidth(turned ? stored.height() : stored.width());
        photo.setHeight(turned ? stored.width() : stored.height());
        photo.setBytes(stripped.bytes().length);
        photo.setSha256(sha256(stripped.bytes()));
        photo.setCreatedAt(now);
        return photo;
    }

    private void save(RequestPhoto photo, byte[] content) {
        store.put(photo.getStorageKey(), content, photo.getContentType());
        try {
            photos.insert(photo);
        } catch (RuntimeException e) {
            try {
                store.delete(photo.getStorageKey());
            } catch (RuntimeException cleanup) {
                log.warn("photo file {} has no row and could not be deleted", photo.getStorageKey(), cleanup);
            }
            throw e;
        }
    }

    /** Reads one byte past the limit, no more: what a client declared does not decide how much is read. */
    private static byte[] readAtMost(InputStream file, long maxBytes) {
        try (file) {
            byte[] content = file.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw PhotoProblems.tooLarge(maxBytes);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The multipart limit answers 413 {@code request.too-large} before any photo is looked at: it must be
     * no smaller than the photo limit, or a photo the service means to accept would be refused.
     */
    static void requireMultipartRoom(MultipartConfigElement multipart, long photoMax) {
        if (multipart == null) {
            return;
        }
        long file = multipart.getMaxFileSize();
        long request = multipart.getMaxRequestSize();
        if ((file > 0 && file < photoMax) || (request > 0 && request < photoMax)) {
            throw new IllegalStateException("spring.servlet.multipart.max-file-size (" + file
                    + " bytes) and max-request-size (" + request + " bytes) must be at least"
                    + " linli.requests.photos.max-size (" + photoMax + " bytes)");
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
