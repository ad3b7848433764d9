package org.linli.requests.photo;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The photo formats a request takes, told apart by their first bytes: what a client says (Content-Type,
 * file name) is never asked, since a phone or a script may say anything.
 */
enum ImageType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String contentType;
    private final String extension;

    ImageType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    static Optional<ImageType> sniff(byte[] file) {
        int end = file.length;
        if (Bytes.startsWith(file, 0, end, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(JPEG);
        }
        if (Bytes.startsWith(file, 0, end, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (Bytes.startsWith(file, 0, end, (byte) 'R', (byte) 'I', (byte) 'F', (byte) 'F')
                && Bytes.startsWith(file, 8, end, (byte) 'W', (byte) 'E', (byte) 'B', (byte) 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * A fresh reader for this format. WebP's comes from its plugin directly rather than from ImageIO's
     * registry, which only knows the plugins on the class path of the thread that first asked it.
     */
    ImageReader newReader() {
        if (this == WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(contentType);
        if (!readers.hasNext()) {
            throw new IllegalStateException("The JDK has no ImageIO reader for " + contentType);
        }
        return readers.next();
    }
}
