package org.linli.organization.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.linli.organization.Residents.accountOf;
import static org.linli.organization.Residents.consented;
import static org.linli.organization.Residents.login;
import static org.linli.organization.Residents.newUser;
import static org.linli.organization.Residents.verify;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.IdentityFakes;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.household.TieRelation;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Withdrawing consent stops processing: the bound phone is erased, the real-name link ends (a person known
 * only from the ID-check service goes too), pending applications are withdrawn, sessions end. The consent
 * record and what the community approved stay.
 */
class ConsentWithdrawalIT extends AbstractIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withdrawalErasesThePhoneEndsTheRealNameLinkAndEverySessionButKeepsTheRecordAndTheRoster() {
        Tree tree = fixtures.tree(1);
        String idNumber = IdNumbers.next();
        long person = residents.onRoster(tree.households()[0], "林静怡", idNumber, TieRelation.OWNER);
        String user = newUser();
        Response login = login(http(), user);
        String token = login.json().get("accessToken").asString();
        http().post("/api/auth/consent", token, Map.of("policyVersion", "2026-01"));
        assertThat(http().post("/api/auth/wx/phone", token, Map.of("code", "phone-13866667777:w"))
                        .status())
                .isEqualTo(200);
        Response verified = verify(http(), token, "林静怡", idNumber);
        String fresh = verified.json().get("accessToken").asString();
        long account = accountOf(token);

        Response withdrawn = http().delete("/api/auth/consent", fresh);

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("given").asBoolean()).isFalse();
        assertThat(withdrawn.json().get("history").get(0).get("endReason").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().get("history").get(0).get("endedAt").asString())
                .isNotBlank();
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT phone_cipher, phone_hash, person_id, real_name_verified_at FROM account WHERE id = ?", account);
        assertThat(row.values()).containsOnlyNulls();
        assertThat(jdbc.queryForObject(
                        "SELECT ended_at FROM real_name_verification WHERE account_id = ?", Object.class, account))
                .isNotNull();
        // the roster's person and their tie are the community's registry
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM household_tie WHERE person_id = ?", Long.class, person))
                .isEqualTo(1);
        // every session ended: neither refresh token works any more
        for (String refresh : new String[] {
            login.json().get("refreshToken").asString(),
            verified.json().get("refreshToken").asString()
        }) {
            assertThat(http().post("/api/auth/refresh", null, Map.of("refreshToken", refresh))
                            .status())
                    .isEqualTo(401);
        }
        // the sessions' tokens are refused outright within a second, here as everywhere
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(http().get("/api/org/me/households", fresh)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("auth.token-revoked"));
        // and were one to slip through (a revocation announced while Redis was down), processing still
        // stops: the account no longer names the person, whatever the token says
        String stale = TestTokens.resident(account, person);
        assertThat(http().get("/api/org/me/households", stale)
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("real-name.required");
        assertThat(http().post("/api/auth/wx/phone", stale, Map.of("code", "phone-13866667777:x"))
                        .json()
                        .get("code")
                        .asString())
                .isEqualTo("consent.required");
        assertThat(verify(http(), stale, "林静怡", idNumber).json().get("code").asString())
                .isEqualTo("consent.required");

        // consenting again, the resident can verify as the same roster person
        String back = consented(http(), user);
        assertThat(accountOf(back)).isEqualTo(account);
        Response again = verify(http(), back, "林静怡", idNumber);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("person").get("id").asLong()).isEqualTo(person);
        assertThat(jdbc.queryForList(
                        "SELECT end_reason FROM consent_record WHERE account_id = ? ORDER BY id",
                        String.class,
                        account))
                .containsExactly("WITHDRAWN", null);
    }

    @Test
    void aPersonKnownOnlyFromTheIdCheckServiceIsErasedAndTheirPendingApplicationWithdrawn() {
        Tree tree = fixtures.tree(1);
        Newcomer newcomer = newcomer("秦临时");
        long application = http().post(
                        "/api/auth/household-applications",
                        newcomer.token(),
                        Map.of("householdId", tree.households()[0], "relation", "TENANT"))
                .id();

        assertThat(http().delete("/api/auth/consent", newcomer.token()).status())
                .isEqualTo(200);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id = ?", Long.class, newcomer.personId()))
                .isZero();
        assertThat(jdbc.queryForMap("SELECT status, person_id FROM household_application WHERE id = ?", application))
                .containsEntry("status", "WITHDRAWN")
                .containsEntry("person_id", null);
        Response staffView = http().get("/api/org/household-applications/" + application, tree.communityAdmin());
        assertThat(staffView.status()).isEqualTo(200);
        assertThat(staffView.json().has("applicant")).isFalse();
    }

    @Test
    void aPersonTheCommunityHasApprovedIntoAHouseholdStaysButTheAccountLetsGo() {
        Tree tree = fixtures.tree(1);
        Newcomer newcomer = newcomer("尤已批");
        long application = http().post(
                        "/api/auth/household-applications",
                        newcomer.token(),
                        Map.of("householdId", tree.households()[0], "relation", "OWNER"))
                .id();
        http().post("/api/org/household-applications/" + application + "/approve", tree.communityAdmin(), null);

        http().delete("/api/auth/consent", newcomer.token());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE id = ?", Long.class, newcomer.personId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM household_tie WHERE person_id = ?", Long.class, newcomer.personId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT person_id FROM account WHERE id = ?", Long.class, accountOf(newcomer.token())))
                .isNull();
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM household_application WHERE id = ?", String.class, application))
                .isEqualTo("APPROVED");
    }

    private Newcomer newcomer(String name) {
        String idNumber = IdNumbers.next();
        IdentityFakes.idCheck().person(name, idNumber);
        String token = consented(http(), newUser());
        Response verified = verify(http(), token, name, idNumber);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return new Newcomer(
                verified.json().get("accessToken").asString(),
                verified.json().get("person").get("id").asLong());
    }

    private record Newcomer(String token, long personId) {}
}
