package org.linli.organization.wxlogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.organization.Residents.accountOf;
import static org.linli.organization.Residents.consented;
import static org.linli.organization.Residents.loggedIn;
import static org.linli.organization.Residents.newUser;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.IdentityFakes;
import org.linli.platform.pii.PiiCipher;
import org.linli.testing.Http.Response;
import org.linli.testing.wechat.FakeWeChatServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Binding the phone WeChat vouches for: consent first, the openid passed, encrypted, masked, paid once. */
class PhoneBindingIT extends AbstractIT {

    private final FakeWeChatServer wechat = IdentityFakes.wechat();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher pii;

    @BeforeEach
    void resetTheFake() {
        wechat.reset();
    }

    @Test
    void withoutConsentNoPhoneIsCollectedAndWeChatIsNotAsked() {
        String token = loggedIn(http(), newUser());

        Response refused = bind(token, "phone-13812345678:a");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("code").asString()).isEqualTo("consent.required");
        assertThat(wechat.calls(FakeWeChatServer.PHONE)).isZero();
    }

    @Test
    void thePhoneIsStoredEncryptedAndAnsweredMaskedAfterAskingWeChatWithTheOpenId() {
        String user = newUser();
        String token = consented(http(), user);

        Response bound = bind(token, "phone-13812345678:b");

        assertThat(bound.status()).as(bound.toString()).isEqualTo(200);
        assertThat(bound.json().get("phone").asString()).isEqualTo("138****5678");
        assertThat(wechat.lastRequest(FakeWeChatServer.PHONE).json()).containsEntry("openid", "o-" + user);
        Map<String, Object> row =
                jdbc.queryForMap("SELECT phone_cipher, phone_hash FROM account WHERE id = ?", accountOf(token));
        String cipher = (String) row.get("phone_cipher");
        assertThat(cipher).doesNotContain("13812345678", "5678");
        assertThat(pii.decrypt(cipher)).isEqualTo("13812345678");
        assertThat(row.get("phone_hash")).isEqualTo(pii.blindIndex("13812345678"));
    }

    @Test
    void theSameCodeSentAgainIsAnsweredWithoutPayingWeChatTwice() {
        String token = consented(http(), newUser());
        bind(token, "phone-13912345678:c");

        Response again = bind(token, "phone-13912345678:c");

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("phone").asString()).isEqualTo("139****5678");
        assertThat(wechat.calls(FakeWeChatServer.PHONE)).isEqualTo(1);
    }

    @Test
    void claimsOlderThanADayAreClearedAsNewCodesArrive() {
        String stale = "%064d".formatted(System.nanoTime());
        String recent = "%064d".formatted(System.nanoTime() + 1);
        String insert = "INSERT INTO wx_phone_code (code_hash, account_id, status, created_at, updated_at)"
                + " VALUES (?, 1, 'BOUND', ?, ?)";
        // the oldest claim there is, so it is in the first batch whatever else the table holds
        LocalDateTime longAgo = LocalDateTime.of(2000, 1, 1, 0, 0);
        jdbc.update(insert, stale, longAgo, longAgo);
        LocalDateTime yesterdayEvening = LocalDateTime.now().minusHours(23);
        jdbc.update(insert, recent, yesterdayEvening, yesterdayEvening);

        assertThat(bind(consented(http(), newUser()), "phone-13612345678:h" + System.nanoTime())
                        .status())
                .isEqualTo(200);

        String count = "SELECT COUNT(*) FROM wx_phone_code WHERE code_hash = ?";
        assertThat(jdbc.queryForObject(count, Integer.class, stale)).isZero();
        assertThat(jdbc.queryForObject(count, Integer.class, recent)).isOne();
    }

    @Test
    void anotherResidentCannotReplaySomeonesPhoneCode() {
        String first = consented(http(), newUser());
        bind(first, "phone-13711112222:d");

        Response stolen = bind(consented(http(), newUser()), "phone-13711112222:d");

        assertThat(stolen.status()).isEqualTo(422);
        assertThat(stolen.json().get("code").asString()).isEqualTo("wechat.phone-code-used");
        assertThat(wechat.calls(FakeWeChatServer.PHONE)).isEqualTo(1);
    }

    @Test
    void aCodeWeChatDoesNotKnowIsAnInvalidField() {
        String token = consented(http(), newUser());

        Response refused = bind(token, "phone-12");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("wechat.phone-code-invalid");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
    }

    @Test
    void withWeChatDownTheAnswerIs503AndTheCodeCanBeUsedOnceItIsBack() {
        String token = consented(http(), newUser());
        wechat.down();
        Response down;
        try {
            down = bind(token, "phone-15012345678:e");
        } finally {
            wechat.up();
        }

        Response later = bind(token, "phone-15012345678:e");

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("code").asString()).isEqualTo("wechat.unavailable");
        assertThat(later.status()).as(later.toString()).isEqualTo(200);
        assertThat(later.json().get("phone").asString()).isEqualTo("150****5678");
    }

    @Test
    void aMiniProgramTheResidentNeverLoggedInThroughIsAnInvalidField() {
        String token = consented(http(), newUser());

        Response refused = http().post(
                        "/api/auth/wx/phone",
                        token,
                        Map.of("code", "phone-13812345678:f", "appId", IdentityFakes.LONE_APP));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("appId");
    }

    @Test
    void onlyResidentsBindPhones() {
        Response staff = http().post(
                        "/api/auth/wx/phone", fixtures.tree(0).communityAdmin(), Map.of("code", "phone-13812345678:g"));

        assertThat(staff.status()).isEqualTo(403);
    }

    private Response bind(String token, String code) {
        return http().post("/api/auth/wx/phone", token, Map.of("code", code));
    }
}
