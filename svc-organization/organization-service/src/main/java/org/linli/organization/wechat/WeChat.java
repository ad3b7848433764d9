package org.linli.organization.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import cn.binarywang.wx.miniapp.constant.WxMaApiUrlConstants;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.util.json.GsonParser;
import org.linli.platform.error.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Linli's door to WeChat's server API, through WxJava: one {@link WxMaService} per configured
 * mini-program. WeChat's error codes become problems a client can act on (a bad or used code is the
 * client's 4xx) or a 503 (WeChat down, slow or busy, or our configuration wrong) — never a 500.
 *
 * <p>Nothing personal is logged here: failures are logged by error code and exception type only, and
 * WxJava's own logging is turned down in application.yml (it logs URLs with access tokens and, at debug,
 * session keys and phone numbers).
 */
@Component
public class WeChat implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WeChat.class);
    private static final List<Integer> MISCONFIGURED = List.of(40013, 40125, 41002, 41004, 40164, 61024);

    private final Map<String, WxMaService> services = new LinkedHashMap<>();
    private final List<StrictHttpClientBuilder> clients;

    WeChat(WeChatProperties properties) {
        this.clients = properties.apps().stream()
                .map(app -> new StrictHttpClientBuilder(properties.connectTimeout(), properties.readTimeout()))
                .toList();
        for (int i = 0; i < properties.apps().size(); i++) {
            WeChatProperties.App app = properties.apps().get(i);
            WxMaDefaultConfigImpl config = new WxMaDefaultConfigImpl();
            config.setAppid(app.appId());
            config.setSecret(app.secret());
            config.setApiHostUrl(properties.apiHostUrl());
            // the stable token does not invalidate the one another instance of this service holds
            config.useStableAccessToken(true);
            config.setApacheHttpClientBuilder(clients.get(i));
            WxMaServiceImpl service = new WxMaServiceImpl();
            // WxJava retries "busy" five times with growing sleeps (31 s); a phone is waiting, and the
            // client can retry itself
            service.setMaxRetryTimes(0);
            service.setWxMaConfig(config);
            services.put(app.appId(), service);
        }
    }

    /** The mini-program a request names, or the first configured one when it names none. */
    public String appId(@Nullable String requested) {
        if (services.isEmpty()) {
            throw new WeChatUnavailable("WeChat login is not configured on this server.");
        }
        if (requested == null || requested.isBlank()) {
            return services.keySet().iterator().next();
        }
        if (!services.containsKey(requested)) {
            throw DomainException.invalid("wechat.unknown-app", "appId", "is not a mini-program this server serves");
        }
        return requested;
    }

    /** code2Session: who the login code belongs to. The code is spent whatever the outcome. */
    public WeChatSession session(String appId, String code) {
        WxMaJscode2SessionResult result;
        try {
            result = services.get(appId).jsCode2SessionInfo(code);
        } catch (WxErrorException e) {
            throw loginProblem(appId, e.getError().getErrorCode());
        } catch (RuntimeException e) {
            throw unreachable("login", appId, e);
        }
        if (result == null || result.getOpenid() == null || result.getOpenid().isBlank()) {
            log.warn("WeChat login for app {} answered without an openid", appId);
            throw new WeChatUnavailable("WeChat gave an answer Linli cannot use; try again later.");
        }
        String unionId = result.getUnionid() == null || result.getUnionid().isBlank() ? null : result.getUnionid();
        return new WeChatSession(appId, result.getOpenid(), unionId);
    }

    /**
     * The phone number behind a phone code (getuserphonenumber), with the user's openid passed as WeChat
     * asks. Each success is billed, so callers must not ask twice for one code.
     */
    public String phoneNumber(String appId, String openId, String code) {
        JsonObject request = new JsonObject();
        request.addProperty("code", code);
        request.addProperty("openid", openId);
        JsonObject info;
        try {
            String response = services.get(appId).post(WxMaApiUrlConstants.User.GET_PHONE_NUMBER_URL, request);
            JsonElement element = GsonParser.parse(response).get("phone_info");
            info = element == null || !element.isJsonObject() ? null : element.getAsJsonObject();
        } catch (WxErrorException e) {
            throw phoneProblem(appId, e.getError().getErrorCode());
        } catch (RuntimeException e) {
            throw unreachable("phone number", appId, e);
        }
        if (info == null || !info.has("purePhoneNumber")) {
            log.warn("WeChat's phone number answer for app {} had no number", appId);
            throw new WeChatUnavailable("WeChat gave an answer Linli cannot use; try again later.");
        }
        String country = info.has("countryCode") ? info.get("countryCode").getAsString() : "86";
        if (!"86".equals(country)) {
            throw DomainException.invalid(
                    "phone.not-mainland", "code", "only mainland China mobile numbers can be bound");
        }
        return info.get("purePhoneNumber").getAsString();
    }

    @Override
    public void destroy() {
        clients.forEach(StrictHttpClientBuilder::close);
    }

    private static DomainException loginProblem(String appId, int errcode) {
        return switch (errcode) {
            case 40029 ->
                new DomainException(
                        HttpStatus.UNAUTHORIZED,
                        "wechat.code-invalid",
                        "WeChat does not know this login code (or it expired); call wx.login() again.");
            case 40163 ->
                new DomainException(
                        HttpStatus.UNAUTHORIZED,
                        "wechat.code-used",
                        "This login code was already used; call wx.login() again for a new one.");
            case 40226 ->
                new DomainException(
                        HttpStatus.FORBIDDEN, "wechat.user-blocked", "WeChat refused this user's login (high risk).");
            default -> commonProblem("login", appId, errcode);
        };
    }

    private static DomainException phoneProblem(String appId, int errcode) {
        return switch (errcode) {
            case 40029 ->
                DomainException.invalid(
                        "wechat.phone-code-invalid", "code", "is not a phone code WeChat knows (or it expired)");
            case 40163 -> DomainException.invalid("wechat.phone-code-used", "code", "was already used");
            default -> commonProblem("phone number", appId, errcode);
        };
    }

    private static DomainException commonProblem(String call, String appId, int errcode) {
        if (errcode == 45011) {
            return new DomainException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "wechat.rate-limited",
                    "WeChat is limiting calls right now; try again in a minute.",
                    Duration.ofMinutes(1));
        }
        if (MISCONFIGURED.contains(errcode)) {
            log.error(
                    "WeChat refused the {} call for app {}: errcode {} (check app id and secret)",
                    call,
                    appId,
                    errcode);
        } else {
            log.warn("WeChat {} call for app {} failed: errcode {}", call, appId, errcode);
        }
        return new WeChatUnavailable("WeChat could not answer (errcode " + errcode + "); try again later.");
    }

    private static WeChatUnavailable unreachable(String call, String appId, RuntimeException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        // the type says enough (timeout, refused); messages may quote what WeChat sent
        log.warn(
                "WeChat {} call for app {} did not complete: {}",
                call,
                appId,
                cause.getClass().getName());
        return new WeChatUnavailable("WeChat is not reachable right now; try again later.");
    }
}
