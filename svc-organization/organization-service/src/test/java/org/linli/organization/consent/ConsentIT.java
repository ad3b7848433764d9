package org.linli.organization.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.organization.Residents.accountOf;
import static org.linli.organization.Residents.loggedIn;
import static org.linli.organization.Residents.newUser;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.testing.Http.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Consent to the privacy policy: given, shown, required, superseded; its withdrawal is in ConsentWithdrawalIT. */
class ConsentIT extends AbstractIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewResidentHasNotConsentedAndIsToldWhichPolicyToAccept() {
        Response consent = http().get("/api/auth/consent", loggedIn(http(), newUser()));

        assertThat(consent.status()).isEqualTo(200);
        assertThat(consent.json().get("currentPolicyVersion").asString()).isEqualTo("2026-01");
        assertThat(consent.json().get("given").asBoolean()).isFalse();
        assertThat(consent.json().get("history")).isEmpty();
    }

    @Test
    void consentIsRecordedWithItsTimeAndGivingItAgainChangesNothing() {
        String token = loggedIn(http(), newUser());

        Response given = http().post("/api/auth/consent", token, Map.of("policyVersion", "2026-01"));
        Response again = http().post("/api/auth/consent", token, Map.of("policyVersion", "2026-01"));

        assertThat(given.status()).isEqualTo(200);
        assertThat(given.json().get("given").asBoolean()).isTrue();
        assertThat(given.json().get("history").get(0).get("grantedAt").asString())
                .isNotBlank();
        assertThat(again.json().get("history")).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM consent_record WHERE account_id = ?", Long.class, accountOf(token)))
                .isEqualTo(1);
    }

    @Test
    void consentToAnotherVersionThanThePolicyInForceIsRefused() {
        Response refused =
                http().post("/api/auth/consent", loggedIn(http(), newUser()), Map.of("policyVersion", "2019-01"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("consent.outdated-policy");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("policyVersion");
    }

    @Test
    void consentToAnOlderPolicyNoLongerCountsAndConsentingAgainSupersedesIt() {
        String token = loggedIn(http(), newUser());
        long account = accountOf(token);
        // as if the resident had consented before version 2026-01 was published
        jdbc.update(
                "INSERT INTO consent_record (account_id, policy_version, granted_at, created_at, updated_at)"
                        + " VALUES (?, '2025-06', NOW(3), NOW(3), NOW(3))",
                account);

        Response required = http().post("/api/auth/wx/phone", token, Map.of("code", "phone-13812345678:old"));
        Response renewed = http().post("/api/auth/consent", token, Map.of("policyVersion", "2026-01"));

        assertThat(required.status()).isEqualTo(403);
        assertThat(required.json().get("code").asString()).isEqualTo("consent.required");
        assertThat(renewed.json().get("given").asBoolean()).isTrue();
        assertThat(renewed.json().get("history").get(1).get("endReason").asString())
                .isEqualTo("SUPERSEDED");
    }

    @Test
    void concurrentGrantsRecordOneConsent() throws Exception {
        String token = loggedIn(http(), newUser());
        var pool = Executors.newFixedThreadPool(4);
        var answers = new ArrayList<Future<Response>>();
        for (int i = 0; i < 4; i++) {
            answers.add(pool.submit(() -> http().post("/api/auth/consent", token, Map.of("policyVersion", "2026-01"))));
        }
        for (var answer : answers) {
            assertThat(answer.get().status()).isEqualTo(200);
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM consent_record WHERE account_id = ?", Long.class, accountOf(token)))
                .isEqualTo(1);
    }

    @Test
    void withdrawingWithoutConsentChangesNothing() {
        String token = loggedIn(http(), newUser());

        Response withdrawn = http().delete("/api/auth/consent", token);

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("given").asBoolean()).isFalse();
        assertThat(withdrawn.json().get("history")).isEmpty();
        // and the session goes on
        assertThat(http().get("/api/auth/consent", token).status()).isEqualTo(200);
    }

    @Test
    void consentIsAResidentsMatter() {
        Response staff = http().get("/api/auth/consent", fixtures.tree(0).communityAdmin());

        assertThat(staff.status()).isEqualTo(403);
    }
}
