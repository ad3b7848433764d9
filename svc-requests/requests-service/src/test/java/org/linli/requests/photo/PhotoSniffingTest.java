package org.linli.requests.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The type is the file's own first bytes; nothing a client says about it counts. */
class PhotoSniffingTest {

    @Test
    void jpegPngAndWebpAreKnownByTheirFirstBytes() {
        assertThat(ImageType.sniff(TestPhotos.jpeg(64, 64))).contains(ImageType.JPEG);
        assertThat(ImageType.sniff(TestPhotos.png(64, 64))).contains(ImageType.PNG);
        assertThat(ImageType.sniff(TestPhotos.webpWithGps())).contains(ImageType.WEBP);
    }

    @Test
    void aPdfOrTextIsNoPhotoWhateverItIsCalled() {
        assertThat(ImageType.sniff("%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ImageType.sniff("just some text.jpg".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ImageType.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ImageType.sniff(new byte[0])).isEmpty();
    }

    @Test
    void aRiffThatIsNotWebpIsNoPhoto() {
        byte[] wave = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);

        assertThat(ImageType.sniff(wave)).isEmpty();
    }
}
