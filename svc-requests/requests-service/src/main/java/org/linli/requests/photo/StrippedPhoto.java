package org.linli.requests.photo;

/**
 * A photo as it is stored: the same pixels, byte for byte, with its metadata removed.
 *
 * @param orientation the EXIF orientation it kept (1, upright, when it had none)
 */
record StrippedPhoto(byte[] bytes, int orientation) {

    static StrippedPhoto of(ImageType type, byte[] file) {
        return switch (type) {
            case JPEG -> JpegMetadata.strip(file);
            case PNG -> PngMetadata.strip(file);
            case WEBP -> WebpMetadata.strip(file);
        };
    }
}
