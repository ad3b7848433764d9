package org.linli.requests.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Strips a WebP without re-encoding it: the chunks of its RIFF container are copied as they are, except
 * EXIF (replaced by one holding only the orientation, see {@link ExifOrientation}), XMP and any chunk
 * the format does not define; the extended header's flags and the RIFF size are set to match.
 */
final class WebpMetadata {

    private static final Set<String> KEPT = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ICCP", "ANIM", "ANMF");
    private static final int HEADER = 12; // "RIFF", size, "WEBP"
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;
    private static final byte[] EXIF_PREFIX = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private WebpMetadata() {}

    static StrippedPhoto strip(byte[] webp) {
        long riffEnd = 8 + Bytes.u32le(webp, 4);
        if (riffEnd > webp.length || riffEnd < HEADER + 8) {
            throw PhotoProblems.unreadable("the WebP ends early");
        }
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(webp.length);
        int orientation = ExifOrientation.UPRIGHT;
        boolean exifSeen = false;
        int extendedHeader = -1;
        for (int at = HEADER; at < riffEnd; ) {
            if (at + 8 > riffEnd) {
                throw PhotoProblems.unreadable("the WebP ends inside a chunk");
            }
            String type = new String(webp, at, 4, StandardCharsets.ISO_8859_1);
            long size = Bytes.u32le(webp, at + 4);
            long end = at + 8 + size + (size & 1);
            if (at + 8 + size > riffEnd) {
                throw PhotoProblems.unreadable("a WebP chunk runs past the end of the file");
            }
            if (type.equals("EXIF") && !exifSeen) {
                exifSeen = true;
                orientation = orientationOf(webp, at + 8, (int) size);
                if (orientation != ExifOrientation.UPRIGHT) {
                    writeChunk(chunks, "EXIF", ExifOrientation.tiff(orientation));
                }
            } else if (KEPT.contains(type)) {
                if (type.equals("VP8X")) {
                    extendedHeader = chunks.size() + 8;
                }
                chunks.write(webp, at, (int) (Math.min(end, riffEnd) - at));
            }
            at = (int) end;
        }
        byte[] body = chunks.toByteArray();
        if (extendedHeader >= 0) {
            int flags = body[extendedHeader] & ~(EXIF_FLAG | XMP_FLAG);
            body[extendedHeader] = (byte) (orientation == ExifOrientation.UPRIGHT ? flags : flags | EXIF_FLAG);
        }
        return new StrippedPhoto(riff(body), orientation);
    }

    /** Some writers put EXIF's JPEG prefix before the TIFF structure, as in JPEG's APP1. */
    private static int orientationOf(byte[] webp, int at, int size) {
        int end = at + size;
        int tiff = Bytes.startsWith(webp, at, end, EXIF_PREFIX) ? at + EXIF_PREFIX.length : at;
        return ExifOrientation.read(webp, tiff, end - tiff);
    }

    private static byte[] riff(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(HEADER + body.length);
        out.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        writeU32le(out, 4 + body.length);
        out.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
        writeU32le(out, data.length);
        out.writeBytes(data);
        if ((data.length & 1) == 1) {
            out.write(0);
        }
    }

    private static void writeU32le(ByteArrayOutputStream out, long value) {
        out.write((int) value & 0xFF);
        out.write((int) (value >>> 8) & 0xFF);
        out.write((int) (value >>> 16) & 0xFF);
        out.write((int) (value >>> 24) & 0xFF);
    }
}
