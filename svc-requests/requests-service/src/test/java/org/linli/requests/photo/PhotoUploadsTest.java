package org.linli.requests.photo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;

/** The service refuses to start with a multipart limit that would refuse photos it means to accept. */
class PhotoUploadsTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    @Test
    void aMultipartLimitBelowThePhotoLimitStopsTheStart() {
        MultipartConfigElement oneMegabyte = new MultipartConfigElement("", 1024 * 1024, 1024 * 1024, 0);

        assertThatThrownBy(() -> PhotoUploads.requireMultipartRoom(oneMegabyte, TEN_MB))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("linli.requests.photos.max-size");
    }

    @Test
    void aMultipartLimitAtOrAboveThePhotoLimitOrNoneAtAllIsFine() {
        assertThatCode(() -> PhotoUploads.requireMultipartRoom(
                        new MultipartConfigElement("", TEN_MB, 12 * 1024 * 1024, 0), TEN_MB))
                .doesNotThrowAnyException();
        assertThatCode(() -> PhotoUploads.requireMultipartRoom(new MultipartConfigElement("", -1, -1, 0), TEN_MB))
                .doesNotThrowAnyException();
        assertThatCode(() -> PhotoUploads.requireMultipartRoom(null, TEN_MB)).doesNotThrowAnyException();
    }
}
