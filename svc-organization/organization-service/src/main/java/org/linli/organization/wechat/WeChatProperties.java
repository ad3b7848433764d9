package org.linli.organization.wechat;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mini-programs residents log in through, and how to reach WeChat.
 *
 * @param apiHostUrl WeChat's API host; the fake WeChat server in tests and the demo
 * @param connectTimeout how long to wait for a connection to WeChat
 * @param readTimeout how long to wait for an answer; a login waits for at most two (token, then session)
 * @param apps the mini-programs; the first is used when a request names none. Entries without an app id
 *     are ignored, so an unset environment leaves WeChat login switched off rather than broken.
 */
@ConfigurationProperties("linli.identity.wechat")
public record WeChatProperties(
        @DefaultValue("https://api.weixin.qq.com") String apiHostUrl,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout,
        List<App> apps) {

    public WeChatProperties {
        apps = apps == null
                ? List.of()
                : apps.stream()
                        .filter(a -> a.appId() != null && !a.appId().isBlank())
                        .toList();
    }

    /** One mini-program: its app id and secret (from the WeChat console; the secret from a secret store). */
    public record App(String appId, String secret) {

        @Override
        public String toString() {
            return "App[appId=" + appId + ", secret=***]";
        }
    }
}
