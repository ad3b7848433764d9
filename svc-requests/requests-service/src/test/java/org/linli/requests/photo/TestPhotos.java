package org.linli.requests.photo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Photos as phones send them, made in the test: small JPEGs and PNGs drawn with ImageIO, then given
 * the metadata a phone writes (EXIF with a GPS position, XMP, comments). WebP comes from {@code gps.webp}
 * beside this class: ImageIO cannot write WebP, so it was made once with Debian's cwebp (96 × 72, from a
 * gradient) and exiftool ({@code -GPSLatitude=39.9042 -GPSLongitude=116.4074 -Make=TestPhone
 * -XMP:Creator=someone}).
 */
public final class TestPhotos {

    /** Where the EXIF below says the photo was taken: 39°54'15" N, 116°24'27" E (Tiananmen). */
    public static final int LATITUDE_DEGREES = 39;

    private TestPhotos() {}

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    public static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    /**
     * A JPEG as a phone writes it: EXIF (camera make, the orientation given, a GPS position), XMP and a
     * comment, all before the picture, and a trailer after its end (as phones append second images).
     */
    public static byte[] phoneJpeg(int width, int height, int orientation) {
        byte[] jpeg = jpeg(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), gpsTiff(orientation)));
        segment(
                out,
                0xE1,
                ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude=\"39,54N\"/>"
                                + "</x:xmpmeta>")
                        .getBytes(StandardCharsets.UTF_8));
        segment(out, 0xFE, "taken at home, 3-2-501".getBytes(StandardCharsets.UTF_8));
        out.write(jpeg, 2, jpeg.length - 2);
        out.writeBytes("MPF trailer: a second picture with its own GPS".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A PNG with a GPS position in eXIf and a comment in tEXt, as editors write them. */
    public static byte[] phonePng(int width, int height, int orientation) {
        byte[] png = png(width, height);
        int afterHeader = 8 + 25; // signature, IHDR
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        chunk(out, "eXIf", gpsTiff(orientation));
        chunk(out, "tEXt", "Comment\0taken at home, 3-2-501".getBytes(StandardCharsets.ISO_8859_1));
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    public static byte[] webpWithGps() {
        try (InputStream in = TestPhotos.class.getResourceAsStream("gps.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A big-endian TIFF: IFD0 with Make, Orientation and a GPS IFD holding latitude and longitude. */
    static byte[] gpsTiff(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(176);
        tiff.put("MM".getBytes(StandardCharsets.ISO_8859_1))
                .putShort((short) 42)
                .putInt(8);
        tiff.putShort((short) 3);
        entry(tiff, 0x010F, 2, 11, 50); // Make, ASCII, at 50
        entry(tiff, 0x0112, 3, 1, orientation << 16); // Orientation, SHORT, inline
        entry(tiff, 0x8825, 4, 1, 62); // GPS IFD at 62
        tiff.putInt(0);
        tiff.put("LinliPhone\0".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 0);
        tiff.putShort((short) 5);
        entry(tiff, 0x0000, 1, 4, 0x02030000); // GPSVersionID 2.3.0.0
        entry(tiff, 0x0001, 2, 2, 'N' << 24); // GPSLatitudeRef
        entry(tiff, 0x0002, 5, 3, 128); // GPSLatitude, three RATIONALs at 128
        entry(tiff, 0x0003, 2, 2, 'E' << 24); // GPSLongitudeRef
        entry(tiff, 0x0004, 5, 3, 152); // GPSLongitude at 152
        tiff.putInt(0);
        tiff.putInt(LATITUDE_DEGREES)
                .putInt(1)
                .putInt(54)
                .putInt(1)
                .putInt(1512)
                .putInt(100);
        tiff.putInt(116).putInt(1).putInt(24).putInt(1).putInt(2664).putInt(100);
        return tiff.array();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        int length = payload.length + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(payload);
    }

    static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
