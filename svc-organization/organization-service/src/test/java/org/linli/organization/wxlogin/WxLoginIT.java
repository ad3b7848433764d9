package org.linli.organization.wxlogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.organization.Residents.accountOf;
import static org.linli.organization.Residents.code;
import static org.linli.organization.Residents.login;
import static org.linli.organization.Residents.newUser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.IdentityFakes;
import org.linli.testing.Http.Response;
import org.linli.testing.wechat.FakeWeChatServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Mini-program login against the fake WeChat server: accounts by (appid, openid), idempotent, all or nothing. */
class WxLoginIT extends AbstractIT {

    private final FakeWeChatServer wechat = IdentityFakes.wechat();

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void resetTheFake() {
        wechat.reset();
    }

    @Nested
    class FirstAndLaterLogins {

        @Test
        void aFirstLoginCreatesOneAccountAndALaterLoginWithANewCodeReusesIt() {
            String user = newUser();

            Response first = login(http(), user);
            Response second = login(http(), user);

            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            assertThat(first.json().get("tokenType").asString()).isEqualTo("Bearer");
            assertThat(first.json().get("expiresIn").asLong()).isEqualTo(600);
            assertThat(first.json().get("realNameVerified").asBoolean()).isFalse();
            assertThat(first.json().get("refreshToken").asString()).isNotBlank();
            assertThat(first.headers().getCacheControl()).contains("no-store");
            assertThat(second.status()).isEqualTo(200);
            long account = accountOf(first.json().get("accessToken").asString());
            assertThat(accountOf(second.json().get("accessToken").asString())).isEqualTo(account);
            assertThat(identitiesOf("o-" + user)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT kind FROM account WHERE id = ?", String.class, account))
                    .isEqualTo("RESIDENT");
            // two sessions of one account
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(DISTINCT family_id) FROM refresh_token WHERE account_id = ?",
                            Long.class,
                            account))
                    .isEqualTo(2);
        }

        @Test
        void theAnswerCarriesTokensOnlyAndNothingOfWeChatsSession() {
            Response login = login(http(), newUser());

            assertThat(login.json().propertyNames())
                    .containsExactlyInAnyOrder(
                            "accessToken", "refreshToken", "tokenType", "expiresIn", "realNameVerified");
            assertThat(login.text()).doesNotContain("session_key", "sessionKey", "openid");
        }

        @Test
        void theSameUnionIdThroughASisterMiniProgramIsTheSameResident() {
            String user = newUser();
            long viaFirst =
                    accountOf(login(http(), user).json().get("accessToken").asString());

            Response viaSister = http().post(
                            "/api/auth/wx/login", null, Map.of("code", code(user), "appId", IdentityFakes.SISTER_APP));

            assertThat(viaSister.status()).as(viaSister.toString()).isEqualTo(200);
            assertThat(accountOf(viaSister.json().get("accessToken").asString()))
                    .isEqualTo(viaFirst);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM wx_identity WHERE account_id = ? AND union_id = ?",
                            Long.class,
                            viaFirst,
                            "u-" + user))
                    .isEqualTo(2);
        }

        @Test
        void aMiniProgramWithoutUnionIdsKeysItsUsersApart() {
            String user = newUser();
            long viaFirst =
                    accountOf(login(http(), user).json().get("accessToken").asString());

            Response viaLone = http().post(
                            "/api/auth/wx/login", null, Map.of("code", code(user), "appId", IdentityFakes.LONE_APP));

            assertThat(viaLone.status()).isEqualTo(200);
            assertThat(accountOf(viaLone.json().get("accessToken").asString())).isNotEqualTo(viaFirst);
        }

        @Test
        void concurrentLoginsOfOneUserMakeOneAccount() throws Exception {
            String user = newUser();
            int logins = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(logins);
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < logins; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return login(http(), user);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            pool.shutdown();
            List<Long> accounts = new ArrayList<>();
            for (Response response : responses) {
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                accounts.add(accountOf(response.json().get("accessToken").asString()));
            }

            assertThat(accounts).containsOnly(accounts.get(0));
            assertThat(identitiesOf("o-" + user)).isEqualTo(1);
            // no account was left behind by the logins that lost the race
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM account a WHERE a.kind = 'RESIDENT' AND a.id > ? AND NOT EXISTS"
                                    + " (SELECT 1 FROM wx_identity w WHERE w.account_id = a.id)",
                            Long.class,
                            accounts.get(0) - 1))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM refresh_token WHERE account_id = ?", Long.class, accounts.get(0)))
                    .isEqualTo(logins);
        }
    }

    @Nested
    class BadCodes {

        @Test
        void aUsedCodeIsRefusedAsUsed() {
            String code = code(newUser());
            http().post("/api/auth/wx/login", null, Map.of("code", code));

            Response again = http().post("/api/auth/wx/login", null, Map.of("code", code));

            assertThat(again.status()).isEqualTo(401);
            assertThat(again.json().get("code").asString()).isEqualTo("wechat.code-used");
        }

        @Test
        void aCodeWeChatDoesNotKnowIsRefusedAndCreatesNothing() {
            long accountsBefore = residentAccounts();

            Response refused = http().post("/api/auth/wx/login", null, Map.of("code", "NOT-A-CODE"));

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().get("code").asString()).isEqualTo("wechat.code-invalid");
            assertThat(residentAccounts()).isEqualTo(accountsBefore);
        }

        @Test
        void aBlankOrMisshapenCodeOrAnUnknownMiniProgramIsAnInvalidRequest() {
            Response blank = http().post("/api/auth/wx/login", null, Map.of("code", " "));
            Response misshapen = http().post("/api/auth/wx/login", null, Map.of("code", "not a code&appid=x"));
            Response unknownApp =
                    http().post("/api/auth/wx/login", null, Map.of("code", code(newUser()), "appId", "wx-nobody"));

            assertThat(blank.status()).isEqualTo(422);
            assertThat(blank.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("code");
            assertThat(misshapen.status()).isEqualTo(422);
            assertThat(misshapen.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("code");
            assertThat(unknownApp.status()).isEqualTo(422);
            assertThat(unknownApp.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("appId");
            assertThat(wechat.calls(FakeWeChatServer.LOGIN)).isZero();
        }
    }

    @Nested
    class WeChatInTrouble {

        @Test
        void weChatDownIsServiceUnavailableAndCreatesNothing() {
            long accountsBefore = residentAccounts();
            wechat.down();
            try {
                Response login = login(http(), newUser());

                assertThat(login.status()).as(login.toString()).isEqualTo(503);
                assertThat(login.json().get("code").asString()).isEqualTo("wechat.unavailable");
            } finally {
                wechat.up();
            }
            assertThat(residentAccounts()).isEqualTo(accountsBefore);
        }

        @Test
        void aSlowWeChatTimesOutQuicklyAsServiceUnavailable() {
            wechat.delay(Duration.ofMillis(2500));
            long started = System.nanoTime();
            try {
                Response login = login(http(), newUser());

                assertThat(login.status()).isEqualTo(503);
                assertThat(login.json().get("code").asString()).isEqualTo("wechat.unavailable");
            } finally {
                wechat.delay(Duration.ZERO);
            }
            // one read timeout (1 s in tests), not WeChat's 2.5 s and no retries
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2400));
        }

        @Test
        void aBusyWeChatIsServiceUnavailableWithoutRetryingAndARateLimitIsTooManyRequests() {
            wechat.failNext(FakeWeChatServer.BUSY);
            Response busy = login(http(), newUser());
            wechat.failNext(45011);
            Response limited = login(http(), newUser());

            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.json().get("code").asString()).isEqualTo("wechat.unavailable");
            assertThat(busy.headers().getFirst("Retry-After")).isEqualTo("10");
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().get("code").asString()).isEqualTo("wechat.rate-limited");
            assertThat(limited.headers().getFirst("Retry-After")).isEqualTo("60");
            assertThat(wechat.calls(FakeWeChatServer.LOGIN)).isEqualTo(2);
        }
    }

    @Nested
    class HalfFailures {

        private static final String TRIGGER = "it_session_store_fails";

        @Test
        void aLoginWhoseSessionCannotBeStoredLeavesNoAccountIdentityOrTokenBehind() {
            String user = newUser();
            long accountsBefore = residentAccounts();
            long tokensBefore = jdbc.queryForObject("SELECT COUNT(*) FROM refresh_token", Long.class);
            // the database refuses the session's refresh token, the last write of the login, for this user only
            jdbc.execute("CREATE TRIGGER " + TRIGGER + " BEFORE INSERT ON refresh_token FOR EACH ROW BEGIN"
                    + " IF EXISTS (SELECT 1 FROM wx_identity WHERE account_id = NEW.account_id AND open_id = 'o-"
                    + user + "') THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'session store failed';"
                    + " END IF; END");
            Response failed;
            try {
                failed = login(http(), user);
            } finally {
                jdbc.execute("DROP TRIGGER IF EXISTS " + TRIGGER);
            }

            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.json().get("code").asString()).isEqualTo("server.unexpected");
            assertThat(identitiesOf("o-" + user)).isZero();
            assertThat(residentAccounts()).isEqualTo(accountsBefore);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM refresh_token", Long.class))
                    .isEqualTo(tokensBefore);

            Response retried = login(http(), user);
            assertThat(retried.status()).isEqualTo(200);
            assertThat(identitiesOf("o-" + user)).isEqualTo(1);
            assertThat(residentAccounts()).isEqualTo(accountsBefore + 1);
        }
    }

    private long identitiesOf(String openId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM wx_identity WHERE app_id = ? AND open_id = ?",
                Long.class,
                IdentityFakes.APP,
                openId);
    }

    private long residentAccounts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE kind = 'RESIDENT'", Long.class);
    }
}
