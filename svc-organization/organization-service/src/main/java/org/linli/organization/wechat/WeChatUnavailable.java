package org.linli.organization.wechat;

import java.time.Duration;
import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;

/**
 * WeChat could not be asked (down, slow, busy, or our configuration is wrong): try again later. The
 * answer's Retry-After gives a client a moment to wait rather than a retry at once into the same outage.
 */
public class WeChatUnavailable extends DomainException {

    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    WeChatUnavailable(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "wechat.unavailable", detail, RETRY_AFTER);
    }
}
