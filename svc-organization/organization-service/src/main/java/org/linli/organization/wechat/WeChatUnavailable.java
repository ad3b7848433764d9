package org.linli.organization.wechat;

import org.linli.platform.error.DomainException;
import org.springframework.http.HttpStatus;

/** WeChat could not be asked (down, slow, busy, or our configuration is wrong): try again later. */
public class WeChatUnavailable extends DomainException {

    WeChatUnavailable(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "wechat.unavailable", detail);
    }
}
