package org.linli.organization.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.platform.pii.Masking;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

@Import(RegistryFixtures.class)
class RegistrationIT extends AbstractIT {

    @Autowired
    JdbcTemplate jdbc;

    @Nested
    class Applying {

        @Test
        void staffRecordAnApplicationThatWaitsMaskedInTheCommunitysPendingList() {
            Tree tree = fixtures.tree(0);
            String idNumber = IdNumbers.next();

            Response applied = applyFor(tree, tree.communityAdmin(), "刘在职", idNumber);

            assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
            assertThat(applied.json().get("status").asString()).isEqualTo("PENDING");
            assertThat(applied.json().get("person").get("name").asString()).isEqualTo("刘*职");
            Response pending = http().get("/api/org/registrations?status=PENDING", tree.communityAdmin());
            assertThat(ids(pending)).containsExactly(applied.id());
            assertThat(pending.text()).doesNotContain(idNumber, "刘在职");
            assertThat(ids(http().get("/api/org/registrations?status=APPROVED", tree.communityAdmin())))
                    .isEmpty();
        }

        @Test
        void aResidentAppliesForThemselfAndSeesOnlyTheirOwnApplication() {
            Tree tree = fixtures.tree(1);
            long personId = resident(tree, "黄自荐");
            String token = TestTokens.resident(9_000 + personId, personId);

            Response applied = http().post("/api/org/registrations", token, body(tree, null));

            assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
            assertThat(applied.json().get("person").get("id").asLong()).isEqualTo(personId);
            assertThat(http().get("/api/org/registrations/" + applied.id(), token)
                            .status())
                    .isEqualTo(200);
            long stranger = resident(tree, "路人甲");
            assertThat(http().get(
                                    "/api/org/registrations/" + applied.id(),
                                    TestTokens.resident(9_000 + stranger, stranger))
                            .status())
                    .isEqualTo(404);
        }

        @Test
        void aResidentCannotApplyOnSomeoneElsesBehalf() {
            Tree tree = fixtures.tree(1);
            long personId = resident(tree, "马代报");

            Response refused = http().post(
                            "/api/org/registrations",
                            TestTokens.resident(9_000 + personId, personId),
                            body(tree, Map.of("name", "别人", "idNumber", IdNumbers.next())));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("person");
        }

        @Test
        void aSecondApplicationWhileOneIsPendingIsAConflict() {
            Tree tree = fixtures.tree(0);
            String idNumber = IdNumbers.next();
            applyFor(tree, tree.communityAdmin(), "何重复", idNumber);

            Response again = applyFor(tree, tree.communityAdmin(), "何重复", idNumber);

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("code").asString()).isEqualTo("registration.already-pending");
        }

        @Test
        void someoneAlreadyRegisteredAsAPartyMemberCannotApply() {
            Tree tree = fixtures.tree(0);
            String idNumber = IdNumbers.next();
            long first = applyFor(tree, tree.communityAdmin(), "高已在", idNumber).id();
            approve(tree.communityAdmin(), first, fixtures.compoundBranch(tree).id());

            Response again = applyFor(tree, tree.communityAdmin(), "高已在", idNumber);

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("code").asString()).isEqualTo("registration.already-member");
        }
    }

    @Nested
    class Deciding {

        @Test
        void approvalEnrolsTheApplicantAsAnInServiceMemberRecordingTheirEmployer() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            long application = applyFor(tree, tree.communityAdmin(), "林双报", IdNumbers.next())
                    .id();

            Response approved = approve(tree.communityAdmin(), application, branch.id());

            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
            assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
            long memberId = approved.json().get("partyMemberId").asLong();
            Response member = http().get("/api/org/party-members/" + memberId, tree.communityAdmin());
            assertThat(member.json().get("category").asString()).isEqualTo("IN_SERVICE");
            assertThat(member.json().get("partyOrgId").asLong()).isEqualTo(branch.id());
            assertThat(member.json().get("employer").asString()).isEqualTo("增城区教育局");
            assertThat(member.json().get("employerPartyOrg").asString()).isEqualTo("增城区教育局机关党委");
            assertThat(member.json().get("person").get("id").asLong())
                    .isEqualTo(approved.json().get("person").get("id").asLong());
            assertThat(ids(http().get("/api/org/registrations?status=PENDING", tree.communityAdmin())))
                    .isEmpty();
        }

        @Test
        void aRejectionNeedsAReasonAndThenTellsIt() {
            Tree tree = fixtures.tree(0);
            long application = applyFor(tree, tree.communityAdmin(), "罗无因", IdNumbers.next())
                    .id();

            Response noReason =
                    http().post("/api/org/registrations/" + application + "/reject", tree.communityAdmin(), Map.of());
            Response blank = http().post(
                            "/api/org/registrations/" + application + "/reject",
                            tree.communityAdmin(),
                            Map.of("reason", "   "));

            assertThat(noReason.status()).isEqualTo(422);
            assertThat(noReason.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("reason");
            assertThat(blank.status()).isEqualTo(422);
            assertThat(status(application)).isEqualTo("PENDING");

            Response rejected = reject(tree.communityAdmin(), application, "不在本社区居住，请到居住地社区报到");
            assertThat(rejected.status()).isEqualTo(200);
            assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
            assertThat(rejected.json().get("decisionReason").asString()).isEqualTo("不在本社区居住，请到居住地社区报到");
        }

        @Test
        void aDecidedApplicationCannotBeDecidedAgain() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            long application = applyFor(tree, tree.communityAdmin(), "梁定案", IdNumbers.next())
                    .id();
            assertThat(approve(tree.communityAdmin(), application, branch.id()).status())
                    .isEqualTo(200);

            Response rejectAfter = reject(tree.communityAdmin(), application, "改主意");
            Response approveAgain = approve(tree.communityAdmin(), application, branch.id());

            assertThat(rejectAfter.status()).isEqualTo(409);
            assertThat(rejectAfter.json().get("code").asString()).isEqualTo("registration.already-decided");
            assertThat(approveAgain.status()).isEqualTo(409);
            assertThat(status(application)).isEqualTo("APPROVED");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM party_member pm JOIN registration r ON r.person_id = pm.person_id"
                                    + " WHERE r.id = ?",
                            Integer.class,
                            application))
                    .isEqualTo(1);
        }

        @Test
        void aRejectedApplicantMayApplyAgain() {
            Tree tree = fixtures.tree(0);
            String idNumber = IdNumbers.next();
            long first = applyFor(tree, tree.communityAdmin(), "宋再申", idNumber).id();
            reject(tree.communityAdmin(), first, "材料不全");

            Response again = applyFor(tree, tree.communityAdmin(), "宋再申", idNumber);

            assertThat(again.status()).isEqualTo(201);
        }

        @Test
        void theMemberMustJoinAnOrganisationInsideTheCommunity() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            long streetCommittee = http().get("/api/org/party-orgs/" + branch.parentId(), tree.streetAdmin())
                    .json()
                    .get("parentId")
                    .asLong();
            long application =
                    applyFor(tree, tree.streetAdmin(), "唐越级", IdNumbers.next()).id();

            Response refused = approve(tree.streetAdmin(), application, streetCommittee);

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("registration.org-outside-community");
            assertThat(status(application)).isEqualTo("PENDING");
        }
    }

    @Nested
    class DataScope {

        @Test
        void staffOfAnotherCommunityCannotSeeOrDecideTheApplication() {
            Tree tree = fixtures.tree(0);
            Tree other = fixtures.tree(0);
            long application = applyFor(tree, tree.communityAdmin(), "冯隔壁", IdNumbers.next())
                    .id();
            long theirBranch = fixtures.compoundBranch(other).id();

            assertThat(ids(http().get("/api/org/registrations?status=PENDING", other.communityAdmin())))
                    .doesNotContain(application);
            assertThat(http().get("/api/org/registrations/" + application, other.communityAdmin())
                            .status())
                    .isEqualTo(404);
            Response approve = approve(other.communityAdmin(), application, theirBranch);
            assertThat(approve.status()).isEqualTo(404);
            assertThat(approve.json().get("code").asString()).isEqualTo("registration.not-found");
            assertThat(reject(other.communityAdmin(), application, "不是我们的").status())
                    .isEqualTo(404);
            assertThat(status(application)).isEqualTo("PENDING");
        }
    }

    private Response applyFor(Tree tree, String token, String name, String idNumber) {
        return http().post(
                        "/api/org/registrations",
                        token,
                        body(tree, Map.of("name", name, "idNumber", idNumber, "phone", "13600000003")));
    }

    private Map<String, Object> body(Tree tree, Map<String, String> person) {
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        body.put("communityId", tree.community().id());
        body.put("employer", "增城区教育局");
        body.put("employerPartyOrg", "增城区教育局机关党委");
        return body;
    }

    private Response approve(String token, long application, long partyOrgId) {
        return http().post(
                        "/api/org/registrations/" + application + "/approve", token, Map.of("partyOrgId", partyOrgId));
    }

    private Response reject(String token, long application, String reason) {
        return http().post("/api/org/registrations/" + application + "/reject", token, Map.of("reason", reason));
    }

    /** A person living in the tree's first household, as a resident account would be bound to. */
    private long resident(Tree tree, String name) {
        Response added = http().post(
                        "/api/org/households/" + tree.households()[0] + "/residents",
                        tree.communityAdmin(),
                        Map.of("person", Map.of("name", name, "idNumber", IdNumbers.next()), "relation", "OWNER"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return StreamSupport.stream(added.json().get("residents").spliterator(), false)
                .map(r -> r.get("person"))
                .filter(p -> p.get("name").asString().equals(masked(name)))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
    }

    private static String masked(String name) {
        return Masking.name(name);
    }

    private String status(long application) {
        return jdbc.queryForObject("SELECT status FROM registration WHERE id = ?", String.class, application);
    }

    private static List<Long> ids(Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return StreamSupport.stream(page.json().get("items").spliterator(), false)
                .map(i -> i.get("id").asLong())
                .toList();
    }
}
