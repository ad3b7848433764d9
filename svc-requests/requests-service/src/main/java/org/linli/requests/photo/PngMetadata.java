package org.linli.requests.photo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Strips a PNG without re-encoding it: its chunks are copied as they are, and only those that say how
 * to show the pixels are kept (a list, so that a chunk no one knows, a private one included, is left
 * out rather than let through). Dropped with the rest: text (tEXt, zTXt, iTXt, where editors put XMP),
 * EXIF (eXIf) except its orientation, written back as an eXIf of its own (see {@link ExifOrientation}),
 * time (tIME), animation (acTL, fcTL, fdAT: the still image stays), and anything after IEND. Each chunk's
 * CRC is checked on the way, so a damaged file is refused here rather than shown half grey.
 */
final class PngMetadata {

    private static final Set<String> KEPT = Set.of(
            "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP", "sBIT", "sRGB", "cICP", "mDCV", "cLLI",
            "bKGD", "hIST", "pHYs", "sPLT");

    private PngMetadata() {}

    static StrippedPhoto strip(byte[] png) {
        int signature = ImageType.PNG_SIGNATURE.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length);
        out.write(png, 0, signature);
        int orientation = ExifOrientation.UPRIGHT;
        boolean exifSeen = false;
        for (int at = signature; ; ) {
            if (at + 12 > png.length) {
                throw PhotoProblems.unreadable("the PNG ends early");
            }
            long length = Bytes.u32be(png, at);
            if (length > png.length - at - 12L) {
                throw PhotoProblems.unreadable("a PNG chunk runs past the end of the file");
            }
            int end = at + 12 + (int) length;
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            checkCrc(png, at, end);
            if (at == signature && !type.equals("IHDR")) {
                throw PhotoProblems.unreadable("the PNG does not start with its header");
            }
            if (type.equals("eXIf") && !exifSeen) {
                exifSeen = true;
                orientation = ExifOrientation.read(png, at + 8, (int) length);
                if (orientation != ExifOrientation.UPRIGHT) {
                    writeChunk(out, "eXIf", ExifOrientation.tiff(orientation));
                }
            } else if (KEPT.contains(type)) {
                out.write(png, at, end - at);
            }
            if (type.equals("IEND")) {
                return new StrippedPhoto(out.toByteArray(), orientation);
            }
            at = end;
        }
    }

    private static void checkCrc(byte[] png, int at, int end) {
        CRC32 crc = new CRC32();
        crc.update(png, at + 4, end - at - 8);
        if (crc.getValue() != Bytes.u32be(png, end - 4)) {
            throw PhotoProblems.unreadable("a PNG chunk is damaged (its checksum does not match)");
        }
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        writeU32(out, data.length);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        writeU32(out, crc.getValue());
    }

    private static void writeU32(ByteArrayOutputStream out, long value) {
        out.write((int) (value >>> 24) & 0xFF);
        out.write((int) (value >>> 16) & 0xFF);
        out.write((int) (value >>> 8) & 0xFF);
        out.write((int) value & 0xFF);
    }
}
