package org.linli.organization.partyorg;

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
import org.linli.organization.geography.OrgUnitKind;
import org.linli.testing.Http.Response;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@Import(RegistryFixtures.class)
class PartyOrgIT extends AbstractIT {

    @Nested
    class BuildingTheFiveLevels {

        @Test
        void theStreetLedShapeRunsFromTheWorkingCommitteeDownToACentralHousehold() {
            Tree tree = fixtures.tree(0);
            String token = tree.streetAdmin();
            long street = create(
                    token, null, "STREET_WORKING_COMMITTEE", tree.street().id());
            long community = create(
                    token, street, "COMMUNITY_COMMITTEE", tree.community().id());
            long branch =
                    create(token, community, "COMPOUND_BRANCH", tree.compound().id());
            long group = create(token, branch, "BUILDING_GROUP", tree.building().id());
            long central = create(token, group, "CENTRAL_HOUSEHOLD", tree.unit().id());

            Response underCommunity =
                    http().get("/api/org/party-orgs?under=" + tree.community().id(), tree.communityAdmin());

            assertThat(underCommunity.status()).as(underCommunity.toString()).isEqualTo(200);
            assertThat(underCommunity.json().get("total").asLong()).isEqualTo(4);
            assertThat(ids(underCommunity)).containsExactly(community, branch, group, central);
            assertThat(kinds(underCommunity))
                    .containsExactly("COMMUNITY_COMMITTEE", "COMPOUND_BRANCH", "BUILDING_GROUP", "CENTRAL_HOUSEHOLD");
            assertThat(underCommunity.json().get("items").get(3).get("level").asInt())
                    .isEqualTo(5);
        }

        @Test
        void theIndustryShapeRunsFromTheIndustryCommitteeDownToAResponsibilityZone() {
            Tree tree = fixtures.tree(0);
            String token = tree.streetAdmin();
            long industry =
                    create(token, null, "INDUSTRY_COMMITTEE", tree.street().id());
            long big = create(token, industry, "BIG_COMMITTEE", tree.community().id());
            long compound =
                    create(token, big, "COMPOUND_ORGANISATION", tree.compound().id());
            long group =
                    create(token, compound, "BUILDING_GROUP", tree.building().id());
            long zone =
                    create(token, group, "RESPONSIBILITY_ZONE", tree.building().id());

            Response underStreet =
                    http().get("/api/org/party-orgs?under=" + tree.street().id(), token);

            assertThat(underStreet.status()).isEqualTo(200);
            assertThat(ids(underStreet)).containsExactly(industry, big, compound, group, zone);
            assertThat(http().get("/api/org/party-orgs/" + zone + "/children", token)
                            .json()
                            .size())
                    .isZero();
            assertThat(ids(http().get("/api/org/party-orgs/" + group + "/children", token)))
                    .containsExactly(zone);
        }

        @Test
        void aGridBranchHoldsTheGroupsOfItsGridsBuildingsButNotOfOtherGrids() {
            Tree tree = fixtures.tree(0);
            String token = tree.streetAdmin();
            long street = create(
                    token, null, "STREET_WORKING_COMMITTEE", tree.street().id());
            long community = create(
                    token, street, "COMMUNITY_COMMITTEE", tree.community().id());
            long gridBranch =
                    create(token, community, "GRID_BRANCH", tree.grid().id());
            var otherGrid = fixtures.unit(tree.community().id(), OrgUnitKind.GRID, "另一网格", null);
            var otherBuilding = fixtures.unit(tree.compound().id(), OrgUnitKind.BUILDING, "另一栋", otherGrid.id());

            assertThat(post(token, gridBranch, "BUILDING_GROUP", tree.building().id())
                            .status())
                    .isEqualTo(201);
            Response refused = post(token, gridBranch, "BUILDING_GROUP", otherBuilding.id());
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("party-org.anchor-outside-parent");
        }

        @Test
        void anOrganisationTwoLevelsBelowItsParentIsRefusedNamingParentId() {
            Tree tree = fixtures.tree(0);
            String token = tree.streetAdmin();
            long street = create(
                    token, null, "STREET_WORKING_COMMITTEE", tree.street().id());
            long community = create(
                    token, street, "COMMUNITY_COMMITTEE", tree.community().id());

            Response refused =
                    post(token, community, "BUILDING_GROUP", tree.building().id());

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("party-org.wrong-level");
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("parentId");
            assertThat(http().get("/api/org/party-orgs?under=" + tree.building().id(), token)
                            .json()
                            .get("total")
                            .asLong())
                    .isZero();
        }

        @Test
        void aCompoundBranchAnchoredToABuildingIsRefusedNamingAnchorUnitId() {
            Tree tree = fixtures.tree(0);
            String token = tree.streetAdmin();
            long street = create(
                    token, null, "STREET_WORKING_COMMITTEE", tree.street().id());
            long community = create(
                    token, street, "COMMUNITY_COMMITTEE", tree.community().id());

            Response refused =
                    post(token, community, "COMPOUND_BRANCH", tree.building().id());

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("party-org.wrong-anchor");
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("anchorUnitId");
        }
    }

    @Nested
    class DataScope {

        @Test
        void anotherCommunitysAdminCannotListOrReadTheOrganisations() {
            Tree mine = fixtures.tree(0);
            Tree theirs = fixtures.tree(0);
            long street = create(
                    mine.streetAdmin(),
                    null,
                    "STREET_WORKING_COMMITTEE",
                    mine.street().id());
            long community = create(
                    mine.streetAdmin(),
                    street,
                    "COMMUNITY_COMMITTEE",
                    mine.community().id());

            Response list =
                    http().get("/api/org/party-orgs?under=" + mine.community().id(), theirs.communityAdmin());
            assertThat(list.status()).isEqualTo(404);
            assertThat(list.json().get("code").asString()).isEqualTo("org-unit.not-found");
            Response read = http().get("/api/org/party-orgs/" + community, theirs.communityAdmin());
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.json().get("code").asString()).isEqualTo("party-org.not-found");
        }

        @Test
        void aCommunityAdminCannotCreateAnOrganisationAboveTheirCommunity() {
            Tree tree = fixtures.tree(0);

            Response refused = post(
                    tree.communityAdmin(),
                    null,
                    "STREET_WORKING_COMMITTEE",
                    tree.street().id());

            assertThat(refused.status()).isEqualTo(404);
        }
    }

    private long create(String token, Long parentId, String kind, long anchorUnitId) {
        Response created = post(token, parentId, kind, anchorUnitId);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private Response post(String token, Long parentId, String kind, long anchorUnitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parentId);
        body.put("kind", kind);
        body.put("name", kind + "-" + anchorUnitId);
        body.put("anchorUnitId", anchorUnitId);
        return http().post("/api/org/party-orgs", token, body);
    }

    private static List<Long> ids(Response list) {
        return items(list).stream().map(i -> i.get("id").asLong()).toList();
    }

    private static List<String> kinds(Response list) {
        return items(list).stream().map(i -> i.get("kind").asString()).toList();
    }

    private static List<JsonNode> items(Response list) {
        JsonNode json = list.json();
        JsonNode items = json.isArray() ? json : json.get("items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }
}
