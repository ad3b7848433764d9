package org.linli.organization.householdapplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.organization.Residents.consented;
import static org.linli.organization.Residents.newUser;
import static org.linli.organization.Residents.verify;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.IdentityFakes;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.household.TieRelation;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/** A resident the roster did not know applies to be tied to a household; the community's staff decide. */
class HouseholdApplicationIT extends AbstractIT {

    @Autowired
    JdbcTemplate jdbc;

    @Nested
    class Applying {

        @Test
        void aResidentVerifiedThroughTheIdCheckServiceAppliesAndWaitsMaskedInTheCommunitysList() {
            Tree tree = fixtures.tree(1);
            Newcomer newcomer = newcomer("欧阳新来");

            Response applied = apply(newcomer.token(), tree.households()[0], TieRelation.TENANT);

            assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
            assertThat(applied.json().get("status").asString()).isEqualTo("PENDING");
            assertThat(applied.json().get("applicant").get("name").asString()).isEqualTo("欧**来");
            Response pending = http().get("/api/org/household-applications?status=PENDING", tree.communityAdmin());
            assertThat(ids(pending)).containsExactly(applied.id());
            assertThat(pending.text()).doesNotContain("欧阳新来", newcomer.idNumber());
            Response mine = http().get("/api/auth/household-applications", newcomer.token());
            assertThat(mine.json().get(0).get("id").asLong()).isEqualTo(applied.id());
        }

        @Test
        void anUnverifiedResidentCannotApply() {
            Tree tree = fixtures.tree(1);

            Response refused = apply(consented(http(), newUser()), tree.households()[0], TieRelation.OWNER);

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("code").asString()).isEqualTo("real-name.required");
        }

        @Test
        void aSecondApplicationForTheSameHouseholdWhileOneIsPendingIsAConflict() {
            Tree tree = fixtures.tree(1);
            Newcomer newcomer = newcomer("冯再申");
            apply(newcomer.token(), tree.households()[0], TieRelation.FAMILY);

            Response again = apply(newcomer.token(), tree.households()[0], TieRelation.OWNER);

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("code").asString()).isEqualTo("household-application.already-pending");
        }

        @Test
        void aRetryWithTheSameIdempotencyKeyReplaysTheFirstAnswerAndAppliesOnce() {
            Tree tree = fixtures.tree(1);
            Newcomer newcomer = newcomer("韩重试");
            Map<String, Object> body = Map.of("householdId", tree.households()[0], "relation", "TENANT");
            Map<String, String> key = Map.of("Idempotency-Key", "apply-" + System.nanoTime());

            Response first =
                    http().exchange(HttpMethod.POST, "/api/auth/household-applications", newcomer.token(), body, key);
            Response retry =
                    http().exchange(HttpMethod.POST, "/api/auth/household-applications", newcomer.token(), body, key);

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.id()).isEqualTo(first.id());
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM household_application WHERE household_id = ?",
                            Long.class,
                            tree.households()[0]))
                    .isEqualTo(1);
        }

        @Test
        void aHouseholdThatDoesNotExistIs404() {
            Response missing = apply(newcomer("卫无门").token(), 999_999_999L, TieRelation.OWNER);

            assertThat(missing.status()).isEqualTo(404);
        }
    }

    @Nested
    class Deciding {

        @Test
        void approvalTiesTheApplicantToTheHouseholdWhichTheyCanThenRead() {
            Tree tree = fixtures.tree(1);
            Newcomer newcomer = newcomer("蒋入住");
            long application = apply(newcomer.token(), tree.households()[0], TieRelation.TENANT)
                    .id();

            Response approved = http().post(
                            "/api/org/household-applications/" + application + "/approve", tree.communityAdmin(), null);

            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
            assertThat(jdbc.queryForObject(
                            "SELECT relation FROM household_tie WHERE household_id = ? AND person_id = ?",
                            String.class,
                            tree.households()[0],
                            newcomer.personId()))
                    .isEqualTo("TENANT");
            Response home = http().get("/api/org/me/households", newcomer.token());
            assertThat(home.json().get(0).get("id").asLong()).isEqualTo(tree.households()[0]);
            Response again = http().post(
                            "/api/org/household-applications/" + application + "/reject",
                            tree.communityAdmin(),
                            Map.of("reason", "too late"));
            assertThat(again.status()).isEqualTo(409);
        }

        @Test
        void aRejectionCarriesItsReasonToTheApplicantAndTiesNothing() {
            Tree tree = fixtures.tree(1);
            Newcomer newcomer = newcomer("杨被拒");
            long application = apply(newcomer.token(), tree.households()[0], TieRelation.OWNER)
                    .id();

            Response rejected = http().post(
                            "/api/org/household-applications/" + application + "/reject",
                            tree.communityAdmin(),
                            Map.of("reason", "房产证上没有您的名字，请带购房合同来社区"));

            assertThat(rejected.status()).isEqualTo(200);
            assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
            Response mine = http().get("/api/auth/household-applications", newcomer.token());
            assertThat(mine.json().get(0).get("decisionReason").asString()).contains("购房合同");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM household_tie WHERE person_id = ?", Long.class, newcomer.personId()))
                    .isZero();
        }

        @Test
        void staffOfAnotherCommunityNeitherSeeNorDecideTheApplication() {
            Tree tree = fixtures.tree(1);
            Tree elsewhere = fixtures.tree(0);
            long application = apply(newcomer("曹隔壁").token(), tree.households()[0], TieRelation.FAMILY)
                    .id();
            String stranger = elsewhere.communityAdmin();

            assertThat(ids(http().get("/api/org/household-applications", stranger)))
                    .doesNotContain(application);
            assertThat(http().get("/api/org/household-applications/" + application, stranger)
                            .status())
                    .isEqualTo(404);
            assertThat(http().post("/api/org/household-applications/" + application + "/approve", stranger, null)
                            .status())
                    .isEqualTo(404);
            assertThat(http().post(
                                    "/api/org/household-applications/" + application + "/reject",
                                    stranger,
                                    Map.of("reason", "not ours"))
                            .status())
                    .isEqualTo(404);
            assertThat(jdbc.queryForObject(
                            "SELECT status FROM household_application WHERE id = ?", String.class, application))
                    .isEqualTo("PENDING");
            // the street above both communities does see it
            assertThat(ids(http().get("/api/org/household-applications", tree.streetAdmin())))
                    .contains(application);
        }

        @Test
        void anotherResidentCannotSeeSomeonesApplication() {
            Tree tree = fixtures.tree(1);
            long application = apply(newcomer("褚自己").token(), tree.households()[0], TieRelation.FAMILY)
                    .id();

            Response other = http().get(
                            "/api/org/household-applications/" + application,
                            newcomer("卫别人").token());

            assertThat(other.status()).isEqualTo(404);
        }
    }

    /** A resident verified through the ID-check service, whom the roster does not know. */
    private Newcomer newcomer(String name) {
        String idNumber = IdNumbers.next();
        IdentityFakes.idCheck().person(name, idNumber);
        String token = consented(http(), newUser());
        Response verified = verify(http(), token, name, idNumber);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return new Newcomer(
                verified.json().get("accessToken").asString(),
                verified.json().get("person").get("id").asLong(),
                idNumber);
    }

    private record Newcomer(String token, long personId, String idNumber) {}

    private Response apply(String token, long householdId, TieRelation relation) {
        return http().post(
                        "/api/auth/household-applications",
                        token,
                        Map.of("householdId", householdId, "relation", relation.name()));
    }

    private static List<Long> ids(Response page) {
        return StreamSupport.stream(page.json().get("items").spliterator(), false)
                .map(n -> n.get("id").asLong())
                .toList();
    }
}
