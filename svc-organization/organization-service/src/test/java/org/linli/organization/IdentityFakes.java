package org.linli.organization;

import org.linli.testing.idcheck.FakeIdCheckServer;
import org.linli.testing.wechat.FakeWeChatServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The fake WeChat API and ID-check service every IT's context talks to: started once per JVM on random
 * ports, like the one shared context. Three mini-programs: two of one open-platform account (union ids),
 * one on its own.
 */
public final class IdentityFakes {

    public static final String APP = "wx-linli-it";
    public static final String SISTER_APP = "wx-linli-it-sister";
    public static final String LONE_APP = "wx-linli-it-lone";
    public static final String ID_CHECK_KEY = "it-id-check-key";

    private static final FakeWeChatServer WECHAT = new FakeWeChatServer()
            .app(APP, "it-secret", true)
            .app(SISTER_APP, "it-sister-secret", true)
            .app(LONE_APP, "it-lone-secret", false);
    private static final FakeIdCheckServer ID_CHECK = new FakeIdCheckServer(ID_CHECK_KEY);

    static {
        WECHAT.start(0);
        ID_CHECK.start(0);
    }

    private IdentityFakes() {}

    public static FakeWeChatServer wechat() {
        return WECHAT;
    }

    public static FakeIdCheckServer idCheck() {
        return ID_CHECK;
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("linli.identity.wechat.api-host-url", WECHAT::url);
        registry.add("linli.identity.wechat.apps[0].app-id", () -> APP);
        registry.add("linli.identity.wechat.apps[0].secret", () -> "it-secret");
        registry.add("linli.identity.wechat.apps[1].app-id", () -> SISTER_APP);
        registry.add("linli.identity.wechat.apps[1].secret", () -> "it-sister-secret");
        registry.add("linli.identity.wechat.apps[2].app-id", () -> LONE_APP);
        registry.add("linli.identity.wechat.apps[2].secret", () -> "it-lone-secret");
        // short, so that tests of a slow WeChat are quick
        registry.add("linli.identity.wechat.read-timeout", () -> "1s");
        registry.add("linli.identity.real-name.id-check.url", () -> ID_CHECK.url() + FakeIdCheckServer.CHECKS);
        registry.add("linli.identity.real-name.id-check.api-key", () -> ID_CHECK_KEY);
        registry.add("linli.identity.real-name.id-check.read-timeout", () -> "1s");
    }
}
