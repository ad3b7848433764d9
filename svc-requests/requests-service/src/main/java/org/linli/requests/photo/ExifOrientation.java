package org.linli.requests.photo;

/**
 * The one EXIF tag a stripped photo keeps: Orientation (0x0112), without which a phone photo taken
 * sideways shows sideways. Everything else in EXIF (GPS position, time, device, serial numbers,
 * thumbnails) is dropped; keeping this tag is lossless, whereas applying it would mean re-encoding.
 *
 * <p>Reads a TIFF structure (EXIF's payload) defensively: a broken one means "upright", never a
 * refusal, since it is about to be thrown away anyway.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    private ExifOrientation() {}

    /** The Orientation of IFD0 in the TIFF structure at {@code tiff[offset, offset + length)}, 1 to 8. */
    static int read(byte[] tiff, int offset, int length) {
        int end = offset + length;
        if (length < 8 || end > tiff.length) {
            return UPRIGHT;
        }
        boolean bigEndian;
        if (tiff[offset] == 'M' && tiff[offset + 1] == 'M') {
            bigEndian = true;
        } else if (tiff[offset] == 'I' && tiff[offset + 1] == 'I') {
            bigEndian = false;
        } else {
            return UPRIGHT;
        }
        long ifd = offset + (bigEndian ? Bytes.u32be(tiff, offset + 4) : Bytes.u32le(tiff, offset + 4));
        if (ifd + 2 > end) {
            return UPRIGHT;
        }
        int entries = u16(tiff, (int) ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return UPRIGHT;
            }
            if (u16(tiff, entry, bigEndian) == ORIENTATION_TAG && u16(tiff, entry + 2, bigEndian) == SHORT) {
                int value = u16(tiff, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    /** A TIFF structure holding IFD0 with Orientation alone. */
    static byte[] tiff(int orientation) {
        return new byte[] {
            'M',
            'M',
            0,
            42,
            0,
            0,
            0,
            8, // big-endian TIFF, IFD0 at offset 8
            0,
            1, // one entry
            0x01,
            0x12,
            0,
            SHORT,
            0,
            0,
            0,
            1,
            0,
            (byte) orientation,
            0,
            0, // Orientation, one SHORT
            0,
            0,
            0,
            0 // no next IFD
        };
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        return bigEndian ? Bytes.u16be(b, at) : Bytes.u16le(b, at);
    }

    /** Orientations 5 to 8 turn the picture a quarter: it is shown with width and height swapped. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }
}
