package org.linli.organization.realname;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.linli.organization.Residents.accountOf;
import static org.linli.organization.Residents.claims;
import static org.linli.organization.Residents.consented;
import static org.linli.organization.Residents.loggedIn;
import static org.linli.organization.Residents.login;
import static org.linli.organization.Residents.newUser;
import static org.linli.organization.Residents.verify;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.IdentityFakes;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.household.TieRelation;
import org.linli.platform.pii.PiiCipher;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.linli.testing.idcheck.FakeIdCheckServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Real-name verification: checksum, consent, the roster, the ID-check service, the failure limit, conflicts. */
class RealNameIT extends AbstractIT {

    private final FakeIdCheckServer idCheck = IdentityFakes.idCheck();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher pii;

    @BeforeEach
    void resetTheFake() {
        idCheck.reset();
    }

    @Nested
    class BeforeAnyProvider {

        @Test
        void anIdNumberWithAWrongCheckCharacterIs422NamingIdNumberAndIsNotCounted() {
            String token = consented(http(), newUser());
            String valid = IdNumbers.next();
            String typo = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');

            Response refused = verify(http(), token, "周建华", typo);

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("idNumber");
            assertThat(refused.text()).doesNotContain(typo);
            assertThat(attemptsLeft(token)).isEqualTo(5);
            assertThat(idCheck.calls(FakeIdCheckServer.CHECKS)).isZero();
        }

        @Test
        void withoutConsentNothingIsChecked() {
            Response refused = verify(http(), loggedIn(http(), newUser()), "周建华", IdNumbers.next());

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("code").asString()).isEqualTo("consent.required");
            assertThat(idCheck.calls(FakeIdCheckServer.CHECKS)).isZero();
        }
    }

    @Nested
    class OnTheRoster {

        @Test
        void aRosterMatchLinksTheAccountToThePersonAndTheirHouseholds() {
            Tree tree = fixtures.tree(2);
            String idNumber = IdNumbers.next();
            long person = residents.onRoster(tree.households()[0], "周建华", idNumber, TieRelation.OWNER);
            String token = consented(http(), newUser());

            Response verified = verify(http(), token, " 周建华 ", idNumber.toLowerCase());

            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
            assertThat(verified.headers().getCacheControl()).contains("no-store");
            assertThat(verified.json().get("realNameVerified").asBoolean()).isTrue();
            assertThat(verified.json().get("person").get("name").asString()).isEqualTo("周*华");
            assertThat(verified.json().get("person").get("idNumber").asString())
                    .isEqualTo(idNumber.substring(0, 3) + "*".repeat(11) + idNumber.substring(14));
            assertThat(verified.json().get("households")).hasSize(1);
            assertThat(verified.json().get("households").get(0).get("id").asLong())
                    .isEqualTo(tree.households()[0]);
            assertThat(verified.text()).doesNotContain(idNumber, "周建华");
            String fresh = verified.json().get("accessToken").asString();
            assertThat(claims(fresh).getClaim("person")).isEqualTo(person);
            assertThat(accountOf(fresh)).isEqualTo(accountOf(token));
            Map<String, Object> account = jdbc.queryForMap(
                    "SELECT person_id, real_name_verified_at FROM account WHERE id = ?", accountOf(token));
            assertThat(account.get("person_id")).isEqualTo(person);
            assertThat(account.get("real_name_verified_at")).isNotNull();
            assertThat(jdbc.queryForMap(
                            "SELECT provider, person_created FROM real_name_verification WHERE account_id = ?",
                            accountOf(token)))
                    .containsEntry("provider", "roster")
                    .containsEntry("person_created", false);
            // the resident now reads their home, and only theirs
            assertThat(http().get("/api/org/households/" + tree.households()[0], fresh)
                            .status())
                    .isEqualTo(200);
            assertThat(http().get("/api/org/households/" + tree.households()[1], fresh)
                            .status())
                    .isEqualTo(404);
            // the service was not asked about someone the roster knows
            assertThat(idCheck.calls(FakeIdCheckServer.CHECKS)).isZero();
        }

        @Test
        void aWrongNameForARosterIdNumberIsCountedAndTheLimitAnswers429WithRetryAfter() {
            Tree tree = fixtures.tree(1);
            String idNumber = IdNumbers.next();
            residents.onRoster(tree.households()[0], "吴春梅", idNumber, TieRelation.OWNER);
            String token = consented(http(), newUser());

            for (int i = 1; i <= 5; i++) {
                Response wrong = verify(http(), token, "吴春兰", idNumber);
                assertThat(wrong.status()).isEqualTo(422);
                assertThat(wrong.json().get("code").asString()).isEqualTo("real-name.not-matched");
                assertThat(wrong.json().get("detail").asString()).contains((5 - i) + " attempts left");
            }
            Response limited = verify(http(), token, "吴春梅", idNumber);

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().get("code").asString()).isEqualTo("real-name.too-many-attempts");
            long retryAfter = Long.parseLong(limited.headers().getFirst("Retry-After"));
            assertThat(retryAfter).isBetween(86_000L, 86_400L);
            assertThat(limited.json().get("retryAfter").asLong()).isEqualTo(retryAfter);
            assertThat(jdbc.queryForObject("SELECT person_id FROM account WHERE id = ?", Long.class, accountOf(token)))
                    .isNull();
            assertThat(jdbc.queryForList(
                            "SELECT outcome FROM real_name_attempt WHERE account_id = ?",
                            String.class,
                            accountOf(token)))
                    .containsExactly("MISMATCHED", "MISMATCHED", "MISMATCHED", "MISMATCHED", "MISMATCHED");
        }

        @Test
        void anIdentityAlreadyVerifiedByAnotherResidentIsAConflictThatIsNotCounted() {
            Tree tree = fixtures.tree(1);
            String idNumber = IdNumbers.next();
            residents.onRoster(tree.households()[0], "郑秀英", idNumber, TieRelation.OWNER);
            assertThat(verify(http(), consented(http(), newUser()), "郑秀英", idNumber)
                            .status())
                    .isEqualTo(200);
            String second = consented(http(), newUser());

            Response taken = verify(http(), second, "郑秀英", idNumber);

            assertThat(taken.status()).isEqualTo(409);
            assertThat(taken.json().get("code").asString()).isEqualTo("real-name.already-bound");
            assertThat(attemptsLeft(second)).isEqualTo(5);
            assertThat(jdbc.queryForObject("SELECT person_id FROM account WHERE id = ?", Long.class, accountOf(second)))
                    .isNull();
        }

        @Test
        void theSessionTheResidentVerifiedFromEndsSoThatALaterLogoutEndsEverything() throws Exception {
            Tree tree = fixtures.tree(1);
            String idNumber = IdNumbers.next();
            residents.onRoster(tree.households()[0], "王淑兰", idNumber, TieRelation.FAMILY);
            Response login = login(http(), newUser());
            String token = login.json().get("accessToken").asString();
            String refreshToken = login.json().get("refreshToken").asString();
            assertThat(http().post("/api/auth/consent", token, Map.of("policyVersion", "2026-01"))
                            .status())
                    .isEqualTo(200);

            Response verified = verify(http(), token, "王淑兰", idNumber);

            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
            String next = verified.json().get("accessToken").asString();
            assertThat(claims(next).getStringClaim("sid"))
                    .isNotEqualTo(claims(token).getStringClaim("sid"));
            await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> {
                Response refused = http().get("/api/auth/real-name", token);
                assertThat(refused.status()).isEqualTo(401);
                assertThat(refused.json().get("code").asString()).isEqualTo("auth.token-revoked");
            });
            Response oldRefresh = http().post("/api/auth/refresh", null, Map.of("refreshToken", refreshToken));
            assertThat(oldRefresh.status()).isEqualTo(401);
            assertThat(http().get("/api/auth/real-name", next).status()).isEqualTo(200);
            // and the one session left is the one a logout ends
            assertThat(http().post("/api/auth/logout", next, null).status()).isEqualTo(204);
            assertThat(http().post(
                                    "/api/auth/refresh",
                                    null,
                                    Map.of(
                                            "refreshToken",
                                            verified.json().get("refreshToken").asString()))
                            .status())
                    .isEqualTo(401);
        }

        @Test
        void aVerifiedAccountCannotVerifyAgain() {
            Tree tree = fixtures.tree(1);
            String idNumber = IdNumbers.next();
            residents.onRoster(tree.households()[0], "王淑珍", idNumber, TieRelation.FAMILY);
            String token = consented(http(), newUser());
            String verified = verify(http(), token, "王淑珍", idNumber)
                    .json()
                    .get("accessToken")
                    .asString();

            Response again = verify(http(), verified, "王淑珍", idNumber);

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("code").asString()).isEqualTo("real-name.already-verified");
        }
    }

    @Nested
    class ThroughTheIdCheckService {

        @Test
        void someoneTheServiceConfirmsButTheRosterDoesNotKnowBecomesAnEncryptedPersonWithoutHouseholds() {
            String idNumber = IdNumbers.next();
            idCheck.person("孙悟净", idNumber);
            String token = consented(http(), newUser());

            Response verified = verify(http(), token, "孙悟净", idNumber);

            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
            assertThat(verified.json().get("households")).isEmpty();
            long person = verified.json().get("person").get("id").asLong();
            Map<String, Object> row =
                    jdbc.queryForMap("SELECT name_cipher, id_number_cipher FROM person WHERE id = ?", person);
            assertThat((String) row.get("name_cipher")).doesNotContain("孙悟净");
            assertThat(pii.decrypt((String) row.get("name_cipher"))).isEqualTo("孙悟净");
            assertThat(pii.decrypt((String) row.get("id_number_cipher"))).isEqualTo(idNumber);
            assertThat(jdbc.queryForMap(
                            "SELECT provider, person_created FROM real_name_verification WHERE account_id = ?",
                            accountOf(token)))
                    .containsEntry("provider", "id-check")
                    .containsEntry("person_created", true);
            assertThat(idCheck.lastRequest(FakeIdCheckServer.CHECKS).headers().get("authorization"))
                    .isEqualTo("Bearer " + IdentityFakes.ID_CHECK_KEY);
        }

        @Test
        void aPairTheServiceRefusesIsAFailedAttempt() {
            String token = consented(http(), newUser());

            Response refused = verify(http(), token, "无此人", IdNumbers.next());

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("real-name.not-matched");
            assertThat(attemptsLeft(token)).isEqualTo(4);
        }

        @Test
        void theServiceDownOrFailingIs503AndNotCountedAgainstTheResident() {
            String idNumber = IdNumbers.next();
            idCheck.person("钱学林", idNumber);
            String token = consented(http(), newUser());
            idCheck.down();
            Response down;
            try {
                down = verify(http(), token, "钱学林", idNumber);
            } finally {
                idCheck.up();
            }
            idCheck.failNext(500);
            Response failing = verify(http(), token, "钱学林", idNumber);

            assertThat(down.status()).isEqualTo(503);
            assertThat(down.json().get("code").asString()).isEqualTo("real-name.unavailable");
            assertThat(down.headers().getFirst("Retry-After")).isEqualTo("30");
            assertThat(failing.status()).isEqualTo(503);
            assertThat(attemptsLeft(token)).isEqualTo(5);
            assertThat(verify(http(), token, "钱学林", idNumber).status()).isEqualTo(200);
        }

        @Test
        void aSlowServiceTimesOutAs503() {
            String token = consented(http(), newUser());
            idCheck.delay(Duration.ofMillis(2500));
            try {
                Response slow = verify(http(), token, "李慢", IdNumbers.next());

                assertThat(slow.status()).isEqualTo(503);
            } finally {
                idCheck.delay(Duration.ZERO);
            }
        }
    }

    private int attemptsLeft(String token) {
        Response status = http().get("/api/auth/real-name", token);
        assertThat(status.status()).isEqualTo(200);
        return status.json().get("attemptsLeft").asInt();
    }
}
