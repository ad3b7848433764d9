package org.linli.organization.accessaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.platform.core.token.Role;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Every read of personal data in clear leaves a durable entry, which administrators of the area can list. */
class AccessAuditIT extends AbstractIT {

    private static final String NAME = "陈美玲";
    private static final String PHONE = "13566667777";

    @Autowired
    JdbcTemplate jdbc;

    /** A community whose first household has 陈美玲 in it; returns her person id. */
    private long resident(Tree tree, String idNumber) {
        Response added = http().post(
                        "/api/org/households/" + tree.households()[0] + "/residents",
                        tree.communityAdmin(),
                        Map.of(
                                "person",
                                Map.of("name", NAME, "idNumber", idNumber, "phone", PHONE),
                                "relation",
                                "OWNER"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("residents").get(0).get("person").get("id").asLong();
    }

    private Response revealResident(Tree tree, long person, String token, Object body) {
        return http().post(
                        "/api/org/households/" + tree.households()[0] + "/residents/" + person + "/reveal",
                        token,
                        body);
    }

    private List<Map<String, Object>> entriesAbout(long person) {
        return jdbc.queryForList("SELECT * FROM access_audit WHERE person_id = ? ORDER BY id", person);
    }

    @Nested
    class Revealing {

        @Test
        void anAdministratorSeesAResidentInClearOnceTheReadIsOnRecord() {
            Tree tree = fixtures.tree(1);
            String idNumber = IdNumbers.next();
            long person = resident(tree, idNumber);

            Response revealed = revealResident(tree, person, tree.communityAdmin(), Map.of("reason", "上门走访前电话联系"));

            assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
            assertThat(revealed.json().get("name").asString()).isEqualTo(NAME);
            assertThat(revealed.json().get("idNumber").asString()).isEqualTo(idNumber);
            assertThat(revealed.json().get("phone").asString()).isEqualTo(PHONE);
            assertThat(revealed.headers().getCacheControl()).contains("no-store");
            assertThat(entriesAbout(person)).singleElement().satisfies(entry -> assertThat(entry)
                    .containsEntry("account_id", 1000 + tree.community().id())
                    .containsEntry("action", "REVEAL")
                    .containsEntry("subject", "household-resident")
                    .containsEntry("record_id", tree.households()[0])
                    .containsEntry("scope_path", tree.unit().path())
                    .containsEntry("reason", "上门走访前电话联系")
                    .containsEntry("completed", true));
        }

        @Test
        void withoutAReasonNothingIsShownOrRecorded() {
            Tree tree = fixtures.tree(1);
            long person = resident(tree, IdNumbers.next());

            Response refused = revealResident(tree, person, tree.communityAdmin(), Map.of("reason", " "));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("reason");
            assertThat(refused.text()).doesNotContain(PHONE);
            assertThat(entriesAbout(person)).isEmpty();
        }

        @Test
        void onlyAdministratorsOfTheAreaMayAndARefusalIsNotRecorded() {
            Tree tree = fixtures.tree(1);
            Tree other = fixtures.tree(1);
            long person = resident(tree, IdNumbers.next());
            Map<String, String> why = Map.of("reason", "好奇");

            assertThat(revealResident(
                                    tree,
                                    person,
                                    TestTokens.staff(
                                            Role.GRID_WORKER,
                                            tree.community().id(),
                                            tree.community().path()),
                                    why)
                            .status())
                    .isEqualTo(403);
            assertThat(revealResident(tree, person, TestTokens.resident(90_000 + person, person), why)
                            .status())
                    .isEqualTo(403);
            Response outside = revealResident(tree, person, other.communityAdmin(), why);
            assertThat(outside.status()).isEqualTo(404);
            assertThat(outside.text()).doesNotContain(PHONE);
            assertThat(entriesAbout(person)).isEmpty();
        }

        @Test
        void aRetryWithTheSameIdempotencyKeyIsReadAndRecordedAgainNeverReplayedFromStore() {
            Tree tree = fixtures.tree(1);
            long person = resident(tree, IdNumbers.next());
            String path = "/api/org/households/" + tree.households()[0] + "/residents/" + person + "/reveal";
            Map<String, String> key = Map.of("Idempotency-Key", "reveal-" + person);

            for (int i = 0; i < 2; i++) {
                Response revealed =
                        http().exchange(HttpMethod.POST, path, tree.communityAdmin(), Map.of("reason", "核对"), key);
                assertThat(revealed.status()).isEqualTo(200);
                assertThat(revealed.headers().containsHeader("Idempotent-Replayed"))
                        .isFalse();
            }
            assertThat(entriesAbout(person)).hasSize(2);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM idempotency_record WHERE response_body LIKE ?",
                            Integer.class,
                            "%" + PHONE + "%"))
                    .isZero();
        }

        @Test
        void aPartyMembersDetailsToo() {
            Tree tree = fixtures.tree(0);
            String idNumber = IdNumbers.next();
            PartyMemberView member = fixtures.memberWithIdNumber(fixtures.compoundBranch(tree), "郑卫国", idNumber);

            Response revealed = http().post(
                            "/api/org/party-members/" + member.id() + "/reveal",
                            tree.communityAdmin(),
                            Map.of("reason", "组织关系转接"));

            assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
            assertThat(revealed.json().get("idNumber").asString()).isEqualTo(idNumber);
            assertThat(revealed.json().get("phone").asString()).matches("139\\d{8}");
            assertThat(entriesAbout(member.person().id())).singleElement().satisfies(entry -> assertThat(entry)
                    .containsEntry("subject", "party-member")
                    .containsEntry("record_id", member.id()));
        }
    }

    @Nested
    class Listing {

        @Test
        void administratorsListTheEntriesAboutTheirAreaNewestFirst() {
            Tree mine = fixtures.tree(1);
            Tree theirs = fixtures.tree(1);
            long person = resident(mine, IdNumbers.next());
            long stranger = resident(theirs, IdNumbers.next());
            assertThat(revealResident(mine, person, mine.communityAdmin(), Map.of("reason", "第一次"))
                            .status())
                    .isEqualTo(200);
            assertThat(revealResident(mine, person, mine.streetAdmin(), Map.of("reason", "第二次"))
                            .status())
                    .isEqualTo(200);
            assertThat(revealResident(theirs, stranger, theirs.communityAdmin(), Map.of("reason", "别处"))
                            .status())
                    .isEqualTo(200);

            Response listed = http().get("/api/org/access-audit?size=500", mine.communityAdmin());

            assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
            List<JsonNode> items = items(listed);
            assertThat(items).extracting(e -> e.get("reason").asString()).containsExactly("第二次", "第一次");
            assertThat(items.get(0).get("role").asString()).isEqualTo("STREET_ADMIN");
            assertThat(items.get(0).get("personId").asLong()).isEqualTo(person);
            assertThat(items.get(0).get("at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*");
        }

        @Test
        void aPersonsEntriesAndAnotherAreasAreAnswered404() {
            Tree mine = fixtures.tree(1);
            Tree theirs = fixtures.tree(1);
            long person = resident(mine, IdNumbers.next());
            assertThat(revealResident(mine, person, mine.communityAdmin(), Map.of("reason", "核对"))
                            .status())
                    .isEqualTo(200);

            Response forPerson = http().get("/api/org/access-audit?personId=" + person, mine.communityAdmin());
            assertThat(items(forPerson))
                    .singleElement()
                    .satisfies(e -> assertThat(e.get("action").asString()).isEqualTo("REVEAL"));
            assertThat(http().get("/api/org/access-audit?personId=" + person, theirs.communityAdmin())
                            .json()
                            .get("total")
                            .asLong())
                    .isZero();
            assertThat(http().get(
                                    "/api/org/access-audit?under="
                                            + mine.community().id(),
                                    theirs.communityAdmin())
                            .status())
                    .isEqualTo(404);
            assertThat(http().get(
                                    "/api/org/access-audit",
                                    TestTokens.staff(
                                            Role.GRID_WORKER,
                                            mine.community().id(),
                                            mine.community().path()))
                            .status())
                    .isEqualTo(403);
        }

        @Test
        void aTimeWindowNarrowsTheList() {
            Tree mine = fixtures.tree(1);
            long person = resident(mine, IdNumbers.next());
            assertThat(revealResident(mine, person, mine.communityAdmin(), Map.of("reason", "核对"))
                            .status())
                    .isEqualTo(200);

            String base = "/api/org/access-audit?personId=" + person;
            assertThat(items(http().get(base + "&from=2000-01-01T00:00:00Z", mine.communityAdmin())))
                    .hasSize(1);
            assertThat(items(http().get(base + "&to=2000-01-01T00:00:00Z", mine.communityAdmin())))
                    .isEmpty();
            Response malformed = http().get(base + "&from=yesterday", mine.communityAdmin());
            assertThat(malformed.status()).isEqualTo(400);
        }

        private static List<JsonNode> items(Response page) {
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            return StreamSupport.stream(page.json().get("items").spliterator(), false)
                    .toList();
        }
    }
}
