package org.linli.organization.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.geography.dto.OrgUnitView;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * One community with three compounds:
 * A (its own branch; building A1 has a group led by a group leader; 3 households, 2 linked),
 * B (no branch, but its building B1 lies in grid G, which has a grid branch; B1's group has no
 * leader; 1 household, unlinked), C (no branch, building C1 in grid G2 without one; no group).
 */
@Import(RegistryFixtures.class)
class CoverageIT extends AbstractIT {

    @Autowired
    JdbcTemplate jdbc;

    Tree tree;
    OrgUnitView compoundB;
    OrgUnitView compoundC;
    OrgUnitView buildingB1;
    OrgUnitView buildingC1;
    long householdB;

    @BeforeEach
    void community() {
        tree = fixtures.tree(3);
        PartyOrgView branchA = fixtures.compoundBranch(tree);
        long communityCommittee = branchA.parentId();
        long communityId = tree.community().id();
        String suffix = "-" + communityId;

        compoundB = fixtures.unit(communityId, OrgUnitKind.COMPOUND, "B小区" + suffix, null);
        compoundC = fixtures.unit(communityId, OrgUnitKind.COMPOUND, "C小区" + suffix, null);
        OrgUnitView grid2 = fixtures.unit(communityId, OrgUnitKind.GRID, "网格二" + suffix, null);
        buildingB1 = fixtures.unit(
                compoundB.id(), OrgUnitKind.BUILDING, "B1栋", tree.grid().id());
        buildingC1 = fixtures.unit(compoundC.id(), OrgUnitKind.BUILDING, "C1栋", grid2.id());
        OrgUnitView unitB1 = fixtures.unit(buildingB1.id(), OrgUnitKind.UNIT, "1单元", null);
        householdB = post("/api/org/households", Map.of("unitId", unitB1.id(), "room", "201", "floorArea", "90.00"))
                .id();

        long gridBranch =
                createOrg(communityCommittee, "GRID_BRANCH", tree.grid().id());
        long groupA1 = createOrg(branchA.id(), "BUILDING_GROUP", tree.building().id());
        enroll(groupA1, "GROUP_LEADER");
        long groupB1 = createOrg(gridBranch, "BUILDING_GROUP", buildingB1.id());
        enroll(groupB1, "MEMBER");

        long linker = fixtures.member(branchA, "联户党员").id();
        link(tree.households()[0], linker);
        link(tree.households()[1], linker);
    }

    @Nested
    class ForTheCommunity {

        @Test
        void compoundsWithoutTheirOwnOrTheirGridsBranchAreListed() {
            JsonNode compounds = report(tree.community().id(), 100).get("compounds");

            assertThat(compounds.get("total").asLong()).isEqualTo(3);
            assertThat(compounds.get("uncovered").asLong()).isEqualTo(1);
            assertThat(ids(compounds)).containsExactly(compoundC.id());
        }

        @Test
        void buildingsWithoutAGroupLeaderAreListedEvenWhenTheyHaveAGroup() {
            JsonNode buildings = report(tree.community().id(), 100).get("buildings");

            assertThat(buildings.get("total").asLong()).isEqualTo(3);
            assertThat(buildings.get("uncovered").asLong()).isEqualTo(2);
            assertThat(ids(buildings)).containsExactlyInAnyOrder(buildingB1.id(), buildingC1.id());
            assertThat(buildings.get("firstUncovered").get(0).get("compoundId").asLong())
                    .isIn(compoundB.id(), compoundC.id());
        }

        @Test
        void householdsWithoutAResponsibleMemberAreListedWithTheirAddress() {
            JsonNode households = report(tree.community().id(), 100).get("households");

            assertThat(households.get("total").asLong()).isEqualTo(4);
            assertThat(households.get("uncovered").asLong()).isEqualTo(2);
            assertThat(ids(households)).containsExactlyInAnyOrder(tree.households()[2], householdB);
            JsonNode b = StreamSupport.stream(households.get("firstUncovered").spliterator(), false)
                    .filter(h -> h.get("id").asLong() == householdB)
                    .findFirst()
                    .orElseThrow();
            assertThat(b.get("buildingName").asString()).isEqualTo("B1栋");
            assertThat(b.get("unitName").asString()).isEqualTo("1单元");
            assertThat(b.get("room").asString()).isEqualTo("201");
        }

        @Test
        void theListsStopAtTheLimitButTheCountsStayComplete() {
            JsonNode report = report(tree.community().id(), 1);

            assertThat(report.get("households").get("uncovered").asLong()).isEqualTo(2);
            assertThat(report.get("households").get("firstUncovered").size()).isEqualTo(1);
            assertThat(report.get("buildings").get("firstUncovered").size()).isEqualTo(1);
        }

        @Test
        void linkingTheLastHouseholdsClosesTheHouseholdGap() {
            long member =
                    fixtures.member(fixtures.compoundBranch(tree), "新联户党员").id();
            link(tree.households()[2], member);
            link(householdB, member);

            JsonNode households = report(tree.community().id(), 100).get("households");

            assertThat(households.get("uncovered").asLong()).isZero();
            assertThat(households.get("firstUncovered").size()).isZero();
        }
    }

    @Nested
    class ForPartOfTheTree {

        @Test
        void aCompoundsReportCountsOnlyItsOwnSubtree() {
            JsonNode report = report(tree.compound().id(), 100);

            assertThat(report.get("compounds").get("total").asLong()).isEqualTo(1);
            assertThat(report.get("compounds").get("uncovered").asLong()).isZero();
            assertThat(report.get("buildings").get("uncovered").asLong()).isZero();
            assertThat(report.get("households").get("total").asLong()).isEqualTo(3);
            assertThat(ids(report.get("households"))).containsExactly(tree.households()[2]);
        }

        @Test
        void anotherCommunitysAdminGets404() {
            Tree other = fixtures.tree(0);

            Response outside =
                    http().get("/api/org/units/" + tree.community().id() + "/coverage", other.communityAdmin());

            assertThat(outside.status()).isEqualTo(404);
            assertThat(outside.json().get("code").asString()).isEqualTo("org-unit.not-found");
        }
    }

    private JsonNode report(long unitId, int limit) {
        Response report = http().get("/api/org/units/" + unitId + "/coverage?limit=" + limit, tree.communityAdmin());
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        return report.json();
    }

    private long createOrg(long parentId, String kind, long anchorUnitId) {
        return post(
                        "/api/org/party-orgs",
                        Map.of(
                                "parentId",
                                parentId,
                                "kind",
                                kind,
                                "name",
                                kind + anchorUnitId,
                                "anchorUnitId",
                                anchorUnitId))
                .id();
    }

    private void enroll(long orgId, String position) {
        post(
                "/api/org/party-members",
                Map.of(
                        "person",
                        Map.of("name", "组长候选", "idNumber", IdNumbers.next()),
                        "partyOrgId",
                        orgId,
                        "category",
                        "RESIDENT",
                        "position",
                        position));
    }

    private Response post(String path, Object body) {
        Response created = http().post(path, tree.communityAdmin(), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    /** The link feature lands separately: write its row as it will, with the household's path. */
    private void link(long householdId, long memberId) {
        jdbc.update(
                "INSERT INTO member_household_link (household_id, party_member_id, path, created_at)"
                        + " SELECT id, ?, path, NOW(3) FROM household WHERE id = ?",
                memberId,
                householdId);
    }

    private static List<Long> ids(JsonNode coverage) {
        return StreamSupport.stream(coverage.get("firstUncovered").spliterator(), false)
                .map(i -> i.get("id").asLong())
                .toList();
    }
}
