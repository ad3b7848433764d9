package org.linli.requests.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.platform.error.DomainException;

/**
 * Stripping, checked with metadata-extractor, a parser of its own: what it finds in the phone's file
 * (a GPS position) it must not find in the stored one, and the stored pixels are the phone's, unchanged.
 */
class PhotoMetadataTest {

    static Metadata metadata(byte[] file) {
        try {
            return ImageMetadataReader.readMetadata(new ByteArrayInputStream(file));
        } catch (Exception e) {
            throw new AssertionError("metadata-extractor cannot read the file", e);
        }
    }

    static List<String> directories(byte[] file) {
        List<String> names = new ArrayList<>();
        for (Directory directory : metadata(file).getDirectories()) {
            names.add(directory.getName());
        }
        return names;
    }

    static Integer orientation(byte[] file) {
        ExifIFD0Directory ifd0 = metadata(file).getFirstDirectoryOfType(ExifIFD0Directory.class);
        return ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
    }

    static int[] pixels(byte[] file) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    static String text(byte[] file) {
        return new String(file, StandardCharsets.ISO_8859_1);
    }

    @Nested
    class Jpeg {

        @Test
        void aPhoneJpegComesOutWithoutItsPositionXmpCommentOrTrailerAndWithTheSamePixels() throws IOException {
            byte[] phone = TestPhotos.phoneJpeg(120, 90, 1);
            assertThat(metadata(phone).getFirstDirectoryOfType(GpsDirectory.class))
                    .isNotNull();

            byte[] stored = JpegMetadata.strip(phone).bytes();

            assertThat(metadata(stored).getFirstDirectoryOfType(GpsDirectory.class))
                    .isNull();
            assertThat(directories(stored)).doesNotContain("Exif IFD0", "XMP", "JpegComment");
            assertThat(text(stored)).doesNotContain("LinliPhone", "xmpmeta", "3-2-501", "MPF trailer");
            assertThat(pixels(stored)).isEqualTo(pixels(phone));
        }

        @Test
        void aPhotoTakenSidewaysKeepsItsOrientationAndNothingElseOfItsExif() {
            byte[] phone = TestPhotos.phoneJpeg(120, 90, 6);

            StrippedPhoto stored = JpegMetadata.strip(phone);

            assertThat(stored.orientation()).isEqualTo(6);
            assertThat(orientation(stored.bytes())).isEqualTo(6);
            assertThat(metadata(stored.bytes()).getFirstDirectoryOfType(GpsDirectory.class))
                    .isNull();
            assertThat(text(stored.bytes())).doesNotContain("LinliPhone");
        }

        @Test
        void jfifKeepsItsDensityButLosesItsThumbnail() throws IOException {
            byte[] plain = TestPhotos.jpeg(80, 80);
            int app0End = 4 + ((plain[4] & 0xFF) << 8 | plain[5] & 0xFF);
            ByteArrayOutputStream withThumbnail = new ByteArrayOutputStream();
            withThumbnail.write(plain, 0, 4);
            byte[] thumbnail = "2x2-pixels-!".getBytes(StandardCharsets.US_ASCII); // 2 × 2 RGB
            withThumbnail.write(0);
            withThumbnail.write(16 + thumbnail.length);
            withThumbnail.write(plain, 6, 12); // "JFIF", version, units, densities
            withThumbnail.write(2);
            withThumbnail.write(2);
            withThumbnail.writeBytes(thumbnail);
            withThumbnail.write(plain, app0End, plain.length - app0End);
            byte[] phone = withThumbnail.toByteArray();

            byte[] stored = JpegMetadata.strip(phone).bytes();

            assertThat(text(stored)).doesNotContain("2x2-pixels-!").contains("JFIF");
            assertThat(stored).isEqualTo(plain);
            assertThat(pixels(stored)).isEqualTo(pixels(phone));
        }

        @Test
        void aJpegWithoutMetadataIsStoredAsItCame() {
            byte[] plain = TestPhotos.jpeg(80, 80);

            assertThat(JpegMetadata.strip(plain).bytes()).isEqualTo(plain);
        }

        @Test
        void aJpegCutShortIsRefused() {
            byte[] plain = TestPhotos.jpeg(80, 80);
            byte[] cut = java.util.Arrays.copyOf(plain, plain.length / 2);

            assertThatThrownBy(() -> JpegMetadata.strip(cut))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo("photo.unreadable"));
        }
    }

    @Nested
    class Png {

        @Test
        void aPngComesOutWithoutItsPositionAndTextAndWithTheSamePixels() throws IOException {
            byte[] edited = TestPhotos.phonePng(100, 70, 1);
            assertThat(metadata(edited).getFirstDirectoryOfType(GpsDirectory.class))
                    .isNotNull();

            byte[] stored = PngMetadata.strip(edited).bytes();

            assertThat(metadata(stored).getFirstDirectoryOfType(GpsDirectory.class))
                    .isNull();
            assertThat(text(stored)).doesNotContain("eXIf", "tEXt", "3-2-501", "LinliPhone");
            assertThat(pixels(stored)).isEqualTo(pixels(edited));
        }

        @Test
        void itKeepsTheOrientationAlone() {
            StrippedPhoto stored = PngMetadata.strip(TestPhotos.phonePng(100, 70, 8));

            assertThat(stored.orientation()).isEqualTo(8);
            assertThat(orientation(stored.bytes())).isEqualTo(8);
            assertThat(metadata(stored.bytes()).getFirstDirectoryOfType(GpsDirectory.class))
                    .isNull();
        }

        @Test
        void aDamagedChunkIsRefused() {
            byte[] png = TestPhotos.png(80, 80);
            png[png.length - 20] ^= 0x55; // inside the last IDAT: its CRC no longer matches

            assertThatThrownBy(() -> PngMetadata.strip(png))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo("photo.unreadable"));
        }
    }

    @Nested
    class Webp {

        @Test
        void aWebpComesOutWithoutItsPositionAndXmpAndWithTheSamePixels() throws IOException {
            byte[] tagged = TestPhotos.webpWithGps();
            assertThat(metadata(tagged).getFirstDirectoryOfType(GpsDirectory.class))
                    .isNotNull();

            byte[] stored = WebpMetadata.strip(tagged).bytes();

            assertThat(metadata(stored).getFirstDirectoryOfType(GpsDirectory.class))
                    .isNull();
            assertThat(directories(stored)).doesNotContain("Exif IFD0", "XMP");
            assertThat(text(stored)).doesNotContain("TestPhone", "someone");
            assertThat(pixels(stored)).isEqualTo(pixels(tagged));
            assertThat(stored.length).isLessThan(tagged.length);
        }
    }
}
