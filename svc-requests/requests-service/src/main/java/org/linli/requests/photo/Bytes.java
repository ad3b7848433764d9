package org.linli.requests.photo;

/** Reading the binary structures of image files: bounds-checked prefixes and unsigned integers. */
final class Bytes {

    private Bytes() {}

    /** Whether {@code prefix} lies at {@code at} and ends by {@code end}. */
    static boolean startsWith(byte[] data, int at, int end, byte... prefix) {
        if (at < 0 || at + prefix.length > Math.min(end, data.length)) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int u16be(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    static int u16le(byte[] b, int at) {
        return (b[at + 1] & 0xFF) << 8 | b[at] & 0xFF;
    }

    static long u32be(byte[] b, int at) {
        return (long) u16be(b, at) << 16 | u16be(b, at + 2);
    }

    static long u32le(byte[] b, int at) {
        return (long) u16le(b, at + 2) << 16 | u16le(b, at);
    }
}
