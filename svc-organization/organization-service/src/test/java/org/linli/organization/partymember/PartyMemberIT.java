package org.linli.organization.partymember;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
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

@Import(RegistryFixtures.class)
class PartyMemberIT extends AbstractIT {

    @Autowired
    JdbcTemplate jdbc;

    @Nested
    class Enrolling {

        @Test
        void anEnrolledMemberIsListedAndReadWithPersonalDataMasked() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            String idNumber = IdNumbers.next();

            Response enrolled = enroll(tree.communityAdmin(), branch.id(), "王建国", idNumber, "RESIDENT", null);

            assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
            Response read = http().get("/api/org/party-members/" + enrolled.id(), tree.communityAdmin());
            assertThat(read.status()).isEqualTo(200);
            var person = read.json().get("person");
            assertThat(person.get("name").asString()).isEqualTo("王*国");
            assertThat(person.get("idNumber").asString()).isEqualTo("110***********" + idNumber.substring(14));
            assertThat(person.get("phone").asString()).isEqualTo("139****0001");
            assertThat(read.json().get("partyOrgId").asLong()).isEqualTo(branch.id());
            assertThat(read.json().get("category").asString()).isEqualTo("RESIDENT");

            Response list =
                    http().get("/api/org/party-members?under=" + tree.compound().id(), tree.communityAdmin());
            assertThat(list.json().get("total").asLong()).isEqualTo(1);
            assertThat(list.json().get("items").get(0).get("id").asLong()).isEqualTo(enrolled.id());
            assertThat(list.text()).doesNotContain(idNumber, "王建国", "13900000001");
        }

        @Test
        void enrollingTheSamePersonTwiceIsAConflict() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            String idNumber = IdNumbers.next();
            assertThat(enroll(tree.communityAdmin(), branch.id(), "赵敏", idNumber, "RESIDENT", null)
                            .status())
                    .isEqualTo(201);

            Response again = enroll(tree.communityAdmin(), branch.id(), "赵敏", idNumber, "RETIRED", null);

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("code").asString()).isEqualTo("party-member.already-enrolled");
        }

        @Test
        void anInServiceMemberWithoutAnEmployerIsRefusedAndNoPersonIsWritten() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            long peopleBefore = countPeople();

            Response refused = enroll(tree.communityAdmin(), branch.id(), "钱多", IdNumbers.next(), "IN_SERVICE", null);

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("party-member.employer-required");
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("employer");
            assertThat(countPeople()).isEqualTo(peopleBefore);
        }

        @Test
        void anotherCommunitysAdminCannotReadTheMember() {
            Tree tree = fixtures.tree(0);
            Tree other = fixtures.tree(0);
            long member = fixtures.member(fixtures.compoundBranch(tree), "孙丽").id();

            Response outside = http().get("/api/org/party-members/" + member, other.communityAdmin());

            assertThat(outside.status()).isEqualTo(404);
            assertThat(outside.json().get("code").asString()).isEqualTo("party-member.not-found");
        }
    }

    @Nested
    class ChangingPositionOrOrganisation {

        @Test
        void aMemberMovesToTheCommunityCommitteeAsACommitteeMember() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            var member = fixtures.member(branch, "周强");

            Response changed = change(tree.communityAdmin(), member.id(), member.version(), branch.parentId());

            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(changed.json().get("partyOrgId").asLong()).isEqualTo(branch.parentId());
            assertThat(changed.json().get("position").asString()).isEqualTo("COMMITTEE_MEMBER");
            assertThat(changed.json().get("version").asInt()).isEqualTo(member.version() + 1);
            assertThat(jdbc.queryForObject(
                            "SELECT party_org_id FROM party_member WHERE id = ?", Long.class, member.id()))
                    .isEqualTo(branch.parentId());
        }

        @Test
        void aChangeBasedOnAStaleVersionIsAConflictAndLeavesTheFirstChange() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            var member = fixtures.member(branch, "吴刚");
            assertThat(change(tree.communityAdmin(), member.id(), member.version(), branch.parentId())
                            .status())
                    .isEqualTo(200);

            Response stale = change(tree.communityAdmin(), member.id(), member.version(), branch.id());

            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.json().get("code").asString()).isEqualTo("party-member.stale");
            assertThat(jdbc.queryForObject(
                            "SELECT party_org_id FROM party_member WHERE id = ?", Long.class, member.id()))
                    .isEqualTo(branch.parentId());
        }

        @Test
        void aMemberCannotBeMovedIntoAnotherCommunitysOrganisation() {
            Tree tree = fixtures.tree(0);
            Tree other = fixtures.tree(0);
            var member = fixtures.member(fixtures.compoundBranch(tree), "郑和");
            PartyOrgView elsewhere = fixtures.compoundBranch(other);

            Response refused = change(tree.communityAdmin(), member.id(), member.version(), elsewhere.id());

            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.json().get("code").asString()).isEqualTo("party-org.not-found");
        }
    }

    private Response change(String token, long memberId, int version, long partyOrgId) {
        return http().put(
                        "/api/org/party-members/" + memberId,
                        token,
                        Map.of("version", version, "partyOrgId", partyOrgId, "position", "COMMITTEE_MEMBER"));
    }

    private Response enroll(String token, long orgId, String name, String idNumber, String category, String employer) {
        Map<String, Object> body = new HashMap<>();
        body.put("person", Map.of("name", name, "idNumber", idNumber, "phone", "13900000001"));
        body.put("partyOrgId", orgId);
        body.put("category", category);
        body.put("position", "MEMBER");
        body.put("employer", employer);
        return http().post("/api/org/party-members", token, body);
    }

    private long countPeople() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM person", Long.class);
    }
}
