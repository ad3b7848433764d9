package org.linli.requests.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Strips a JPEG without re-encoding it: the file is copied segment by segment, and what is not needed to
 * show the picture is left out. Kept: the tables, frame and scans (with their compressed data untouched),
 * JFIF (APP0, without its thumbnail), the colour profile (APP2 ICC_PROFILE) and Adobe's colour transform (APP14). Dropped:
 * EXIF (APP1) except its orientation, which is written back as a tiny EXIF of its own in the same place
 * (see {@link ExifOrientation}); XMP (also APP1); every other APPn, comments (COM), and anything after
 * the end of the image, where phones append second images, depth maps and videos with metadata of their
 * own (MPF, motion photos).
 */
final class JpegMetadata {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;

    private static final byte[] EXIF = ascii("Exif\0\0");
    private static final byte[] JFIF = ascii("JFIF\0");
    private static final byte[] ICC_PROFILE = ascii("ICC_PROFILE\0");
    private static final byte[] ADOBE = ascii("Adobe");

    private JpegMetadata() {}

    static StrippedPhoto strip(byte[] jpeg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        out.write(0xFF);
        out.write(SOI);
        int orientation = ExifOrientation.UPRIGHT;
        boolean exifSeen = false;
        int at = 2;
        while (true) {
            at = skipFill(jpeg, at);
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return new StrippedPhoto(out.toByteArray(), orientation);
            }
            if (isStandalone(marker)) {
                out.write(jpeg, at, 2);
                at += 2;
                continue;
            }
            int end = segmentEnd(jpeg, at);
            if (marker == APP1 && !exifSeen && Bytes.startsWith(jpeg, at + 4, end, EXIF)) {
                // the first EXIF is the photo's own; its orientation goes back in its place
                exifSeen = true;
                int tiff = at + 4 + EXIF.length;
                orientation = ExifOrientation.read(jpeg, tiff, end - tiff);
                writeOrientation(out, orientation);
            } else if (marker == APP0 && Bytes.startsWith(jpeg, at + 4, end, JFIF)) {
                writeJfif(jpeg, at, end, out);
            } else if (keeps(jpeg, at, end, marker)) {
                out.write(jpeg, at, end - at);
            }
            at = marker == SOS ? copyScan(jpeg, end, out) : end;
        }
    }

    private static boolean keeps(byte[] jpeg, int at, int end, int marker) {
        return switch (marker) {
            case APP2 -> Bytes.startsWith(jpeg, at + 4, end, ICC_PROFILE);
            case APP14 -> Bytes.startsWith(jpeg, at + 4, end, ADOBE);
            default -> !(marker >= APP0 && marker <= APP15) && marker != COM;
        };
    }

    /**
     * JFIF without its optional thumbnail: a thumbnail is a second, small copy of the picture, which may
     * still show what an edited photo cropped out.
     */
    private static void writeJfif(byte[] jpeg, int at, int end, ByteArrayOutputStream out) {
        int withoutThumbnail = 2 + JFIF.length + 9; // version, units, densities, thumbnail width and height
        if (end - at - 2 < withoutThumbnail) {
            return; // a JFIF too short to mean anything: left out, the decoder does not need it
        }
        out.write(0xFF);
        out.write(APP0);
        out.write(0);
        out.write(withoutThumbnail);
        out.write(jpeg, at + 4, withoutThumbnail - 4);
        out.write(0);
        out.write(0);
    }

    private static void writeOrientation(ByteArrayOutputStream out, int orientation) {
        if (orientation == ExifOrientation.UPRIGHT) {
            return;
        }
        byte[] tiff = ExifOrientation.tiff(orientation);
        int length = 2 + EXIF.length + tiff.length;
        out.write(0xFF);
        out.write(APP1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(EXIF);
        out.writeBytes(tiff);
    }

    /** Copies a scan's entropy-coded data, up to the next marker that is neither stuffing nor a restart. */
    private static int copyScan(byte[] jpeg, int from, ByteArrayOutputStream out) {
        int at = from;
        while (at + 1 < jpeg.length) {
            if ((jpeg[at] & 0xFF) == 0xFF) {
                int next = jpeg[at + 1] & 0xFF;
                if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
                    out.write(jpeg, from, at - from);
                    return at;
                }
            }
            at++;
        }
        throw PhotoProblems.unreadable("the JPEG ends inside its image data");
    }

    /** The position of a marker, past any 0xFF fill bytes before it. */
    private static int skipFill(byte[] jpeg, int at) {
        if (at + 1 >= jpeg.length || (jpeg[at] & 0xFF) != 0xFF) {
            throw PhotoProblems.unreadable("the JPEG ends early or its structure is broken");
        }
        while (at + 2 < jpeg.length && (jpeg[at + 1] & 0xFF) == 0xFF) {
            at++;
        }
        return at;
    }

    private static int segmentEnd(byte[] jpeg, int at) {
        if (at + 4 > jpeg.length) {
            throw PhotoProblems.unreadable("the JPEG ends inside a segment");
        }
        int length = Bytes.u16be(jpeg, at + 2);
        if (length < 2 || at + 2 + length > jpeg.length) {
            throw PhotoProblems.unreadable("a JPEG segment runs past the end of the file");
        }
        return at + 2 + length;
    }

    /** Markers without a length: restarts and TEM. SOI again would be a second image: refused as broken. */
    private static boolean isStandalone(int marker) {
        if (marker == SOI || marker == 0x00) {
            throw PhotoProblems.unreadable("the JPEG's structure is broken");
        }
        return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
