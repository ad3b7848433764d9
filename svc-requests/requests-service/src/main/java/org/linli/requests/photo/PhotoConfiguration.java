package org.linli.requests.photo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The photo store the configuration names, and the schedule that clears out photos never attached. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PhotoConfiguration {

    @Bean
    PhotoStore photoStore(PhotoProperties properties) {
        return switch (properties.store()) {
            case LOCAL -> new LocalDiskPhotoStore(properties.localDir());
            case S3 -> S3PhotoStore.connect(properties.s3());
        };
    }

    @Bean
    PixelCheck pixelCheck(PhotoProperties properties) {
        return new PixelCheck(properties.minSide(), properties.maxSide());
    }
}
