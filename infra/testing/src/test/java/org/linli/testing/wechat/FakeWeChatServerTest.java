package org.linli.testing.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.testing.fake.Json;

/** The fake's conventions, which tests and the demo rely on. */
class FakeWeChatServerTest {

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private FakeWeChatServer wechat;

    @BeforeEach
    void start() {
        wechat = new FakeWeChatServer()
                .app("wx-first", "first-secret", true)
                .app("wx-second", "second-secret", true)
                .app("wx-alone", "alone-secret", false);
        wechat.start(0);
    }

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Nested
    class Login {

        @Test
        void aCodeNamesItsUserSoTheOpenIdIsPredictable() throws Exception {
            Map<String, Object> session = login("wx-first", "first-secret", "demo-resident-3");

            assertThat(session)
                    .containsEntry("openid", "o-demo-resident-3")
                    .containsEntry("unionid", "u-demo-resident-3");
            assertThat(session.get("session_key")).isInstanceOf(String.class);
            assertThat(session).doesNotContainKey("errcode");
        }

        @Test
        void aNonceLetsOneUserLogInAgainWithTheSameOpenId() throws Exception {
            assertThat(login("wx-first", "first-secret", "li-lei:1")).containsEntry("openid", "o-li-lei");
            assertThat(login("wx-first", "first-secret", "li-lei:2")).containsEntry("openid", "o-li-lei");
        }

        @Test
        void everyCodeWorksOnce() throws Exception {
            login("wx-first", "first-secret", "han-meimei:x");

            assertThat(login("wx-first", "first-secret", "han-meimei:x")).containsEntry("errcode", 40163L);
        }

        @Test
        void otherShapesAreInvalidCodes() throws Exception {
            for (String code : new String[] {"", "Not A Code", "-dash-first", "phone-13800138000", "a:b:c"}) {
                assertThat(login("wx-first", "first-secret", code)).as(code).containsEntry("errcode", 40029L);
            }
        }

        @Test
        void eachMiniProgramHasItsOwnOpenIdsButUnionIdsAreShared() throws Exception {
            Map<String, Object> second = login("wx-second", "second-secret", "demo-resident-3");

            assertThat(second)
                    .containsEntry("openid", "o-demo-resident-3.wx-second")
                    .containsEntry("unionid", "u-demo-resident-3");
            assertThat(wechat.openId("wx-second", "demo-resident-3")).isEqualTo("o-demo-resident-3.wx-second");
            assertThat(login("wx-alone", "alone-secret", "demo-resident-3")).doesNotContainKey("unionid");
        }

        @Test
        void aWrongSecretOrAnUnknownAppIsRefused() throws Exception {
            assertThat(login("wx-first", "wrong", "x-1")).containsEntry("errcode", 40125L);
            assertThat(login("wx-nobody", "first-secret", "x-2")).containsEntry("errcode", 40013L);
        }

        @Test
        void aScriptedFailureAnswersOnceThenTheFakeWorksAgain() throws Exception {
            wechat.failNext(-1);

            assertThat(login("wx-first", "first-secret", "busy:1")).containsEntry("errcode", -1L);
            assertThat(login("wx-first", "first-secret", "busy:2")).containsEntry("openid", "o-busy");
            assertThat(wechat.calls(FakeWeChatServer.LOGIN)).isEqualTo(2);
        }
    }

    @Nested
    class AccessTokens {

        @Test
        void aStableTokenStaysTheSameUntilAForcedRefresh() throws Exception {
            String first = stableToken(false);

            assertThat(stableToken(false)).isEqualTo(first);
            assertThat(stableToken(true)).isNotEqualTo(first);
        }

        @Test
        void theClassicTokenEndpointChecksTheSecretToo() throws Exception {
            Map<String, Object> ok =
                    get(FakeWeChatServer.TOKEN + "?grant_type=client_credential&appid=wx-first&secret=first-secret");
            Map<String, Object> refused =
                    get(FakeWeChatServer.TOKEN + "?grant_type=client_credential&appid=wx-first&secret=nope");

            assertThat(ok.get("access_token")).isInstanceOf(String.class);
            assertThat(ok).containsEntry("expires_in", 7200L);
            assertThat(refused).containsEntry("errcode", 40125L);
        }
    }

    @Nested
    class PhoneNumbers {

        @Test
        void aPhoneCodeYieldsItsNumberOnceAndTheOpenIdPassedIsRecorded() throws Exception {
            String token = stableToken(false);

            Map<String, Object> phone = phone(token, "phone-13800138000:a", "o-someone");

            @SuppressWarnings("unchecked")
            Map<String, Object> info = (Map<String, Object>) phone.get("phone_info");
            assertThat(phone).containsEntry("errcode", 0L);
            assertThat(info).containsEntry("purePhoneNumber", "13800138000").containsEntry("countryCode", "86");
            assertThat(wechat.lastRequest(FakeWeChatServer.PHONE).json()).containsEntry("openid", "o-someone");
            assertThat(phone(token, "phone-13800138000:a", "o-someone")).containsEntry("errcode", 40163L);
            assertThat(phone(token, "phone-12345", "o-someone")).containsEntry("errcode", 40029L);
        }

        @Test
        void aTokenTheFakeDidNotIssueOrHasExpiredIsRefused() throws Exception {
            String token = stableToken(false);
            wechat.expireAccessTokens();

            assertThat(phone(token, "phone-13900139000", "o-x")).containsEntry("errcode", 40001L);
            assertThat(phone("forged", "phone-13900139000", "o-x")).containsEntry("errcode", 40001L);
        }
    }

    @Nested
    class Outages {

        @Test
        void downRefusesConnectionsAndUpComesBackOnTheSamePort() throws Exception {
            int port = wechat.port();
            wechat.down();

            assertThatThrownBy(() -> login("wx-first", "first-secret", "gone:1"))
                    .isInstanceOf(ConnectException.class);

            wechat.up();
            assertThat(wechat.port()).isEqualTo(port);
            assertThat(login("wx-first", "first-secret", "back:1")).containsEntry("openid", "o-back");
        }

        @Test
        void aDelayedFakeIsSlowerThanAShortTimeout() {
            wechat.delay(Duration.ofMillis(800));

            assertThatThrownBy(() -> client.send(
                            HttpRequest.newBuilder(URI.create(wechat.url() + FakeWeChatServer.TOKEN))
                                    .timeout(Duration.ofMillis(200))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(HttpTimeoutException.class);
        }
    }

    private Map<String, Object> login(String appId, String secret, String code)
            throws IOException, InterruptedException {
        return get(FakeWeChatServer.LOGIN + "?appid=" + appId + "&secret=" + secret + "&js_code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&grant_type=authorization_code");
    }

    private String stableToken(boolean force) throws IOException, InterruptedException {
        return (String) post(
                        FakeWeChatServer.STABLE_TOKEN,
                        Map.of(
                                "grant_type", "client_credential",
                                "appid", "wx-first",
                                "secret", "first-secret",
                                "force_refresh", force))
                .get("access_token");
    }

    private Map<String, Object> phone(String token, String code, String openId)
            throws IOException, InterruptedException {
        return post(FakeWeChatServer.PHONE + "?access_token=" + token, Map.of("code", code, "openid", openId));
    }

    private Map<String, Object> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(wechat.url() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.parseObject(response.body());
    }

    private Map<String, Object> post(String pathAndQuery, Map<String, Object> body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(wechat.url() + pathAndQuery))
                        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.parseObject(response.body());
    }
}
