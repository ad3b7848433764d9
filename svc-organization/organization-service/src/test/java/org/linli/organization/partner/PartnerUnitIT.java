package org.linli.organization.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.platform.core.token.Role;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.linli.testing.TestTokens;
import org.springframework.context.annotation.Import;

@Import(RegistryFixtures.class)
class PartnerUnitIT extends AbstractIT {

    @Nested
    class SigningPartnerUnits {

        @Test
        void aCommunityAdminRecordsAPartnerAndFindsItInTheCommunitysList() {
            Tree tree = fixtures.tree(0);

            Response created = create(tree.communityAdmin(), tree.community().id(), "增城区人民医院", "HOSPITAL");

            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.json().get("agreementSignedOn").asString()).isEqualTo("2026-03-01");
            Response list = http().get(
                            "/api/org/partner-units?community="
                                    + tree.community().id(),
                            tree.communityAdmin());
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().size()).isEqualTo(1);
            assertThat(list.json().get(0).get("name").asString()).isEqualTo("增城区人民医院");
            assertThat(list.json().get(0).get("kind").asString()).isEqualTo("HOSPITAL");
            assertThat(http().get("/api/org/partner-units/" + created.id(), tree.communityAdmin())
                            .json()
                            .get("communityId")
                            .asLong())
                    .isEqualTo(tree.community().id());
        }

        @Test
        void aSecondPartnerOfTheSameNameInTheCommunityIsAConflict() {
            Tree tree = fixtures.tree(0);
            create(tree.communityAdmin(), tree.community().id(), "荔城派出所", "POLICE");

            Response again = create(tree.communityAdmin(), tree.community().id(), "荔城派出所", "POLICE");

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("code").asString()).isEqualTo("partner-unit.duplicate-name");
        }

        @Test
        void aPartnerMustBeSignedWithACommunityNotACompound() {
            Tree tree = fixtures.tree(0);

            Response refused = create(tree.communityAdmin(), tree.compound().id(), "某学校", "SCHOOL");

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("communityId");
        }

        @Test
        void aGridWorkerMayReadButNotSign() {
            Tree tree = fixtures.tree(0);
            String gridWorker = TestTokens.staff(
                    Role.GRID_WORKER, tree.community().id(), tree.community().path());

            assertThat(create(gridWorker, tree.community().id(), "某企业", "ENTERPRISE")
                            .status())
                    .isEqualTo(403);
            assertThat(http().get(
                                    "/api/org/partner-units?community="
                                            + tree.community().id(),
                                    gridWorker)
                            .status())
                    .isEqualTo(200);
        }

        @Test
        void anotherCommunitysAdminCannotSeeThePartner() {
            Tree tree = fixtures.tree(0);
            Tree other = fixtures.tree(0);
            long partner = create(tree.communityAdmin(), tree.community().id(), "某机关", "GOVERNMENT_AGENCY")
                    .id();

            assertThat(http().get("/api/org/partner-units/" + partner, other.communityAdmin())
                            .status())
                    .isEqualTo(404);
            assertThat(http().get(
                                    "/api/org/partner-units?community="
                                            + tree.community().id(),
                                    other.communityAdmin())
                            .status())
                    .isEqualTo(404);
        }
    }

    /** 兼职委员: party members a partner unit sends into the community's big committee. */
    @Nested
    class PartTimeCommitteeMembers {

        @Test
        void aPartnersMemberJoinsTheCommunityCommitteeAsAPartTimeCommitteeMember() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            long partner = create(tree.communityAdmin(), tree.community().id(), "荔城派出所", "POLICE")
                    .id();

            Response enrolled = enrollPartTime(tree.communityAdmin(), branch.parentId(), partner);

            assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
            assertThat(enrolled.json().get("position").asString()).isEqualTo("PART_TIME_COMMITTEE_MEMBER");
            assertThat(enrolled.json().get("partnerUnitId").asLong()).isEqualTo(partner);
        }

        @Test
        void aPartnerOfAnotherCommunityOfTheStreetCannotSendMembersHere() {
            Tree tree = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            var neighbour = fixtures.unit(
                    tree.street().id(),
                    OrgUnitKind.COMMUNITY,
                    "邻社区" + tree.street().id(),
                    null);
            long neighboursPartner = create(tree.streetAdmin(), neighbour.id(), "邻社区企业", "ENTERPRISE")
                    .id();

            Response refused = enrollPartTime(tree.streetAdmin(), branch.parentId(), neighboursPartner);

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("party-member.partner-outside-community");
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("partnerUnitId");
        }

        @Test
        void aPartnerOutsideTheAdminsScopeDoesNotExistForThem() {
            Tree tree = fixtures.tree(0);
            Tree other = fixtures.tree(0);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            long othersPartner = create(
                            other.communityAdmin(), other.community().id(), "外区学校", "SCHOOL")
                    .id();

            Response refused = enrollPartTime(tree.communityAdmin(), branch.parentId(), othersPartner);

            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.json().get("code").asString()).isEqualTo("partner-unit.not-found");
        }
    }

    private Response create(String token, long communityId, String name, String kind) {
        return http().post(
                        "/api/org/partner-units",
                        token,
                        Map.of(
                                "communityId",
                                communityId,
                                "name",
                                name,
                                "kind",
                                kind,
                                "agreementSignedOn",
                                "2026-03-01"));
    }

    private Response enrollPartTime(String token, long orgId, long partnerUnitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("person", Map.of("name", "陈警官", "idNumber", IdNumbers.next(), "phone", "13700000002"));
        body.put("partyOrgId", orgId);
        body.put("category", "IN_SERVICE");
        body.put("position", "PART_TIME_COMMITTEE_MEMBER");
        body.put("partnerUnitId", partnerUnitId);
        body.put("employer", "荔城派出所");
        body.put("employerPartyOrg", "荔城派出所党支部");
        return http().post("/api/org/party-members", token, body);
    }
}
