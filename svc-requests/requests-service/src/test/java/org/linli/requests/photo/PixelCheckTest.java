package org.linli.requests.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.linli.platform.error.DomainException;

class PixelCheckTest {

    private final PixelCheck check = new PixelCheck(64, 8000);

    private static void refused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    @Test
    void aPhotoWithinTheLimitsIsMeasured() {
        assertThat(check.verify(ImageType.JPEG, TestPhotos.jpeg(640, 480)))
                .isEqualTo(new PixelCheck.Dimensions(640, 480));
        assertThat(check.verify(ImageType.PNG, TestPhotos.png(64, 200))).isEqualTo(new PixelCheck.Dimensions(64, 200));
        assertThat(check.verify(ImageType.WEBP, TestPhotos.webpWithGps())).isEqualTo(new PixelCheck.Dimensions(96, 72));
    }

    @Test
    void aSideUnderTheMinimumIsTooSmall() {
        refused(() -> check.verify(ImageType.JPEG, TestPhotos.jpeg(63, 400)), "photo.dimensions-too-small");
        refused(() -> check.verify(ImageType.PNG, TestPhotos.png(400, 10)), "photo.dimensions-too-small");
    }

    @Test
    void aSideOverTheMaximumIsTooLarge() {
        refused(
                () -> new PixelCheck(64, 300).verify(ImageType.JPEG, TestPhotos.jpeg(301, 200)),
                "photo.dimensions-too-large");
    }

    /** A tiny PNG whose header claims 100,000 pixels a side: decoding it would take gigabytes. */
    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAtOnce() {
        byte[] bomb = withHeaderSize(TestPhotos.png(64, 64), 100_000, 100_000);

        long started = System.nanoTime();
        refused(() -> check.verify(ImageType.PNG, bomb), "photo.dimensions-too-large");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aJpegCutShortDoesNotDecode() {
        byte[] jpeg = TestPhotos.jpeg(400, 300);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length * 2 / 3);

        refused(() -> check.verify(ImageType.JPEG, cut), "photo.unreadable");
    }

    @Test
    void aFileThatOnlyStartsLikeAPngDoesNotDecode() {
        byte[] fake = Arrays.copyOf(ImageType.PNG_SIGNATURE, 300);
        Arrays.fill(fake, ImageType.PNG_SIGNATURE.length, fake.length, (byte) 7);

        refused(() -> check.verify(ImageType.PNG, fake), "photo.unreadable");
    }

    @Test
    void aWebpWithItsPictureDataScrambledDoesNotDecode() {
        byte[] webp = TestPhotos.webpWithGps();
        // past the VP8X and VP8 headers: the compressed picture itself
        for (int i = 60; i < 200; i++) {
            webp[i] = (byte) (webp[i] * 31 + 17);
        }

        refused(() -> check.verify(ImageType.WEBP, webp), "photo.unreadable");
    }

    /** The PNG with its IHDR saying another size (and a CRC to match, so that only the size is wrong). */
    static byte[] withHeaderSize(byte[] png, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 8);
        byte[] ihdr = Arrays.copyOfRange(png, 16, 29);
        ByteBuffer.wrap(ihdr).putInt(width).putInt(height);
        TestPhotos.chunk(out, "IHDR", ihdr);
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }
}
