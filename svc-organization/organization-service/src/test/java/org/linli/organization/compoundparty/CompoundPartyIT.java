package org.linli.organization.compoundparty;

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
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@Import(RegistryFixtures.class)
class CompoundPartyIT extends AbstractIT {

    @Autowired
    JdbcTemplate jdbc;

    @Nested
    class OwnersCommittee {

        @Test
        void eachMemberIsFlaggedAsPartyMemberOrNotAndTheShareIsReportedAgainstTheTarget() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            establish(tree, "OWNERS_COMMITTEE", "业主委员会");
            String partyMemberId = IdNumbers.next();
            fixtures.memberWithIdNumber(branch, "党员甲", partyMemberId);

            addMember(tree, "OWNERS_COMMITTEE", Map.of("name", "党员甲", "idNumber", partyMemberId), "CHAIR");
            addMember(tree, "OWNERS_COMMITTEE", Map.of("name", "业主乙", "idNumber", IdNumbers.next()), "VICE_CHAIR");
            addMember(tree, "OWNERS_COMMITTEE", Map.of("name", "业主丙", "idNumber", IdNumbers.next()), "MEMBER");
            Response view =
                    addMember(tree, "OWNERS_COMMITTEE", Map.of("name", "业主丁", "idNumber", IdNumbers.next()), "MEMBER");

            assertThat(view.status()).as(view.toString()).isEqualTo(201);
            JsonNode owners = party(view, "OWNERS_COMMITTEE");
            assertThat(members(owners)).hasSize(4);
            JsonNode chair = members(owners).stream()
                    .filter(m -> m.get("role").asString().equals("CHAIR"))
                    .findFirst()
                    .orElseThrow();
            assertThat(chair.get("partyMember").asBoolean()).isTrue();
            assertThat(chair.get("person").get("name").asString()).isEqualTo("党*甲");
            assertThat(members(owners).stream().filter(m -> m.get("partyMember").asBoolean()))
                    .hasSize(1);
            JsonNode share = owners.get("partyMemberShare");
            assertThat(share.get("members").asInt()).isEqualTo(4);
            assertThat(share.get("partyMembers").asInt()).isEqualTo(1);
            assertThat(share.get("percent").asDouble()).isEqualTo(25.0);
            assertThat(share.get("targetPercent").asInt()).isEqualTo(30);
            assertThat(share.get("meetsTarget").asBoolean()).isFalse();
        }

        @Test
        void aSecondPartyMemberLiftsTheCommitteeOverTheTarget() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            establish(tree, "OWNERS_COMMITTEE", "业主委员会");
            String first = IdNumbers.next();
            String second = IdNumbers.next();
            fixtures.memberWithIdNumber(branch, "党员一", first);
            fixtures.memberWithIdNumber(branch, "党员二", second);
            addMember(tree, "OWNERS_COMMITTEE", Map.of("name", "党员一", "idNumber", first), "CHAIR");
            addMember(tree, "OWNERS_COMMITTEE", Map.of("name", "业主三", "idNumber", IdNumbers.next()), "MEMBER");
            addMember(tree, "OWNERS_COMMITTEE", Map.of("name", "业主四", "idNumber", IdNumbers.next()), "MEMBER");

            Response view = addMember(tree, "OWNERS_COMMITTEE", Map.of("name", "党员二", "idNumber", second), "MEMBER");

            JsonNode share = party(view, "OWNERS_COMMITTEE").get("partyMemberShare");
            assertThat(share.get("percent").asDouble()).isEqualTo(50.0);
            assertThat(share.get("meetsTarget").asBoolean()).isTrue();
        }

        @Test
        void aPropertyContactRoleIsRefusedOnACommittee() {
            Tree tree = fixtures.tree(0);
            establish(tree, "OWNERS_COMMITTEE", "业主委员会");

            Response refused =
                    addMember(tree, "OWNERS_COMMITTEE", Map.of("name", "某人", "idNumber", IdNumbers.next()), "CONTACT");

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("compound-party.wrong-role");
        }

        @Test
        void theSamePersonCannotServeTwiceInOneCommittee() {
            Tree tree = fixtures.tree(0);
            establish(tree, "OWNERS_COMMITTEE", "业主委员会");
            String idNumber = IdNumbers.next();
            addMember(tree, "OWNERS_COMMITTEE", Map.of("name", "重复者", "idNumber", idNumber), "MEMBER");

            Response again = addMember(tree, "OWNERS_COMMITTEE", Map.of("name", "重复者", "idNumber", idNumber), "CHAIR");

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("code").asString()).isEqualTo("compound-party.already-serving");
        }
    }

    @Nested
    class ThreeParties {

        @Test
        void theCompoundShowsWhichPartiesAreStillMissing() {
            Tree tree = fixtures.tree(0);

            Response none = http().get(path(tree), tree.communityAdmin());
            assertThat(none.status()).isEqualTo(200);
            assertThat(strings(none.json().get("missing")))
                    .containsExactlyInAnyOrder("RESIDENTS_COMMITTEE", "OWNERS_COMMITTEE", "PROPERTY_COMPANY");

            establish(tree, "RESIDENTS_COMMITTEE", "居民委员会");
            Response one = establish(tree, "PROPERTY_COMPANY", "碧桂园物业");

            assertThat(one.status()).isEqualTo(201);
            assertThat(strings(one.json().get("missing"))).containsExactly("OWNERS_COMMITTEE");
            assertThat(party(one, "PROPERTY_COMPANY").has("partyMemberShare")).isFalse();
        }

        @Test
        void aPropertyContactIsStoredEncryptedAndShownMasked() {
            Tree tree = fixtures.tree(0);
            establish(tree, "PROPERTY_COMPANY", "碧桂园物业");

            Response view =
                    addMember(tree, "PROPERTY_COMPANY", Map.of("name", "物业经理", "phone", "13512345678"), "CONTACT");

            assertThat(view.status()).as(view.toString()).isEqualTo(201);
            JsonNode contact = members(party(view, "PROPERTY_COMPANY")).get(0);
            assertThat(contact.get("person").get("name").asString()).isEqualTo("物**理");
            assertThat(contact.get("person").get("phone").asString()).isEqualTo("135****5678");
            assertThat(contact.get("partyMember").asBoolean()).isFalse();
            String stored = jdbc.queryForObject(
                    "SELECT CONCAT_WS('|', p.name_cipher, s.phone_cipher) FROM person p"
                            + " JOIN compound_party_member s ON s.person_id = p.id WHERE p.id = ?",
                    String.class,
                    contact.get("person").get("id").asLong());
            assertThat(stored.split("\\|")).hasSize(2);
            assertThat(stored).doesNotContain("物业经理", "13512345678");
        }

        @Test
        void aCompoundHasOnlyOneOfEachParty() {
            Tree tree = fixtures.tree(0);
            establish(tree, "OWNERS_COMMITTEE", "第一届业委会");

            Response again = establish(tree, "OWNERS_COMMITTEE", "第二届业委会");

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("code").asString()).isEqualTo("compound-party.already-established");
        }

        @Test
        void partiesBelongToCompoundsNotToBuildings() {
            Tree tree = fixtures.tree(0);

            Response refused = http().post(
                            "/api/org/compounds/" + tree.building().id() + "/parties",
                            tree.communityAdmin(),
                            Map.of("kind", "OWNERS_COMMITTEE", "name", "楼栋业委会"));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("org-unit.wrong-kind");
        }

        @Test
        void anotherCommunitysAdminCannotSeeOrChangeTheParties() {
            Tree tree = fixtures.tree(0);
            Tree other = fixtures.tree(0);
            establish(tree, "OWNERS_COMMITTEE", "业主委员会");

            assertThat(http().get(path(tree), other.communityAdmin()).status()).isEqualTo(404);
            Response add = http().post(
                            path(tree) + "/OWNERS_COMMITTEE/members",
                            other.communityAdmin(),
                            Map.of("person", Map.of("name", "外人", "idNumber", IdNumbers.next()), "role", "MEMBER"));
            assertThat(add.status()).isEqualTo(404);
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM compound_party_member m JOIN compound_party p ON p.id = m.compound_party_id"
                                    + " WHERE p.compound_id = ?",
                            Integer.class,
                            tree.compound().id()))
                    .isZero();
        }
    }

    private String path(Tree tree) {
        return "/api/org/compounds/" + tree.compound().id() + "/parties";
    }

    private Response establish(Tree tree, String kind, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        if (!kind.equals("PROPERTY_COMPANY")) {
            body.put("termStart", "2025-01-01");
            body.put("termEnd", "2029-12-31");
        }
        Response created = http().post(path(tree), tree.communityAdmin(), body);
        return created;
    }

    private Response addMember(Tree tree, String kind, Map<String, String> person, String role) {
        return http().post(
                        path(tree) + "/" + kind + "/members",
                        tree.communityAdmin(),
                        Map.of("person", person, "role", role));
    }

    private static JsonNode party(Response view, String kind) {
        return StreamSupport.stream(view.json().get("parties").spliterator(), false)
                .filter(p -> p.get("kind").asString().equals(kind))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + view));
    }

    private static List<JsonNode> members(JsonNode party) {
        return StreamSupport.stream(party.get("members").spliterator(), false).toList();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }
}
