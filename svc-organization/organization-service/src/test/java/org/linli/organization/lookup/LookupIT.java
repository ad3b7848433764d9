package org.linli.organization.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.ServiceClientsForTests;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

class LookupIT extends AbstractIT {

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    private void assign(Tree tree, long household, long member) {
        assertThat(http().post(
                                "/api/org/households/" + household + "/responsible-member",
                                tree.communityAdmin(),
                                Map.of("partyMemberId", member))
                        .status())
                .isEqualTo(201);
    }

    private long addResident(Tree tree, long household, String name) {
        Response added = http().post(
                        "/api/org/households/" + household + "/residents",
                        tree.communityAdmin(),
                        Map.of(
                                "person",
                                Map.of("name", name, "idNumber", IdNumbers.next(), "phone", "13700001111"),
                                "relation",
                                "OWNER"));
        assertThat(added.status()).isEqualTo(201);
        return added.json().get("residents").get(0).get("person").get("id").asLong();
    }

    private long personOf(PartyMemberView member) {
        return member.person().id();
    }

    @Nested
    class WhoMayRead {

        @Test
        void aResidentSeesTheMaskedContactOfTheirOwnHouseholdOnly() {
            Tree tree = fixtures.tree(2);
            PartyMemberView member = fixtures.member(fixtures.compoundBranch(tree), "欧阳晓东");
            long home = tree.households()[0];
            long neighbour = tree.households()[1];
            assign(tree, home, member.id());
            assign(tree, neighbour, member.id());
            String resident = TestTokens.resident(900_000 + home, addResident(tree, home, "刘洋"));

            Response mine = http().get("/api/org/households/" + home + "/party-members", resident);

            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.json()).hasSize(1);
            assertThat(mine.json().get(0).get("memberId").asLong()).isEqualTo(member.id());
            assertThat(mine.json().get(0).get("name").asString()).isEqualTo("欧**东");
            assertThat(mine.json().get(0).get("phone").asString()).matches("139\\*{4}\\d{4}");
            assertThat(mine.json().get(0).get("partyOrgName").asString()).isEqualTo("小区党支部");
            assertThat(http().get("/api/org/households/" + neighbour + "/party-members", resident)
                            .status())
                    .isEqualTo(404);
        }

        @Test
        void staffReadWithinTheirSubtreeAndGet404Outside() {
            Tree tree = fixtures.tree(1);
            Tree other = fixtures.tree(1);
            long household = tree.households()[0];

            assertThat(http().get("/api/org/households/" + household + "/party-members", tree.communityAdmin())
                            .json())
                    .isEmpty();
            assertThat(http().get("/api/org/households/" + household + "/party-members", other.communityAdmin())
                            .status())
                    .isEqualTo(404);
            assertThat(http().get("/api/org/households/999999999/party-members", tree.communityAdmin())
                            .status())
                    .isEqualTo(404);
        }

        @Test
        void aMemberSeesTheAddressesOfTheHouseholdsTheyLookAfter() {
            Tree tree = fixtures.tree(2);
            PartyMemberView member = fixtures.member(fixtures.compoundBranch(tree), "黄磊");
            PartyMemberView colleague = fixtures.member(fixtures.compoundBranch(tree), "何静");
            assign(tree, tree.households()[0], member.id());
            assign(tree, tree.households()[1], member.id());
            String self = TestTokens.resident(800_000 + member.id(), personOf(member));

            Response mine = http().get("/api/org/party-members/" + member.id() + "/households", self);

            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.json()).hasSize(2);
            assertThat(mine.json().get(0).get("address").asString())
                    .isEqualTo(tree.compound().name() + " " + tree.building().name() + " 1单元 101");
            assertThat(http().get("/api/org/party-members/" + colleague.id() + "/households", self)
                            .status())
                    .isEqualTo(404);
        }
    }

    @Nested
    class HouseholdPlaces {

        @Test
        void aResidentLearnsWhereTheirOwnHomeLiesAndNothingOfTheNeighbours() {
            Tree tree = fixtures.tree(2);
            long home = tree.households()[0];
            String resident = TestTokens.resident(910_000 + home, addResident(tree, home, "陈静"));

            Response place = http().get("/api/org/households/" + home + "/place", resident);

            assertThat(place.status()).isEqualTo(200);
            assertThat(place.json().get("householdId").asLong()).isEqualTo(home);
            assertThat(place.json().get("compoundId").asLong())
                    .isEqualTo(tree.compound().id());
            assertThat(place.json().get("path").asString())
                    .startsWith(tree.compound().path());
            Response neighbours = http().get("/api/org/households/" + tree.households()[1] + "/place", resident);
            assertThat(neighbours.status()).isEqualTo(404);
            assertThat(neighbours.json().get("code").asString()).isEqualTo("household.not-found");
        }

        @Test
        void staffSeeTheirSubtreeAndAServiceWithTheGrantSeesEveryHousehold() {
            Tree tree = fixtures.tree(1);
            Tree other = fixtures.tree(1);
            long household = tree.households()[0];

            assertThat(http().get("/api/org/households/" + household + "/place", tree.communityAdmin())
                            .status())
                    .isEqualTo(200);
            assertThat(http().get("/api/org/households/" + household + "/place", other.communityAdmin())
                            .status())
                    .isEqualTo(404);
            String service = ServiceClientsForTests.token(port, ServiceClientsForTests.REQUESTS);
            assertThat(http().get("/api/org/households/" + household + "/place", service)
                            .json()
                            .get("path")
                            .asString())
                    .startsWith(tree.compound().path());
        }
    }

    @Nested
    class ForDispatch {

        @Test
        void staffLearnWhoHandlesAHouseholdOfTheirAreaAndOthersNothing() {
            Tree tree = fixtures.tree(2);
            Tree other = fixtures.tree(1);
            PartyMemberView member = fixtures.member(fixtures.compoundBranch(tree), "周红");
            long home = tree.households()[0];
            assign(tree, home, member.id());
            Response company = http().post(
                            "/api/org/compounds/" + tree.compound().id() + "/parties",
                            tree.communityAdmin(),
                            Map.of("kind", "PROPERTY_COMPANY", "name", "碧桂园物业"));
            assertThat(company.status()).as(company.toString()).isEqualTo(201);

            Response handlers = http().get("/api/org/households/" + home + "/handlers", tree.communityAdmin());

            assertThat(handlers.status()).isEqualTo(200);
            assertThat(handlers.json().get("partyMemberId").asLong()).isEqualTo(member.id());
            assertThat(handlers.json().get("partyMemberPersonId").asLong()).isEqualTo(personOf(member));
            assertThat(handlers.json().get("propertyCompanyId").isNumber()).isTrue();
            assertThat(handlers.json().get("compoundId").asLong())
                    .isEqualTo(tree.compound().id());
            Response nobody =
                    http().get("/api/org/households/" + tree.households()[1] + "/handlers", tree.communityAdmin());
            assertThat(nobody.json().has("partyMemberId")).isFalse();
            assertThat(http().get("/api/org/households/" + home + "/handlers", other.communityAdmin())
                            .status())
                    .isEqualTo(404);
            String resident = TestTokens.resident(920_000 + home, addResident(tree, home, "孙丽"));
            assertThat(http().get("/api/org/households/" + home + "/handlers", resident)
                            .status())
                    .isEqualTo(403);
            String service = ServiceClientsForTests.token(port, ServiceClientsForTests.REQUESTS);
            assertThat(http().get("/api/org/households/" + home + "/handlers", service)
                            .json()
                            .get("partyMemberId")
                            .asLong())
                    .isEqualTo(member.id());
        }

        @Test
        void aUnitsPlaceIsForStaffOfItsAreaAndServices() {
            Tree tree = fixtures.tree(1);
            Tree other = fixtures.tree(1);
            long compound = tree.compound().id();

            Response place = http().get("/api/org/units/" + compound + "/place", tree.communityAdmin());

            assertThat(place.status()).isEqualTo(200);
            assertThat(place.json().get("kind").asString()).isEqualTo("COMPOUND");
            assertThat(place.json().get("path").asString())
                    .isEqualTo(tree.compound().path());
            assertThat(http().get("/api/org/units/" + compound + "/place", other.communityAdmin())
                            .status())
                    .isEqualTo(404);
            assertThat(http().get("/api/org/units/" + compound + "/place", TestTokens.resident(930_001, 1L))
                            .status())
                    .isEqualTo(403);
            String service = ServiceClientsForTests.token(port, ServiceClientsForTests.REQUESTS);
            assertThat(http().get("/api/org/units/" + compound + "/place", service)
                            .status())
                    .isEqualTo(200);
        }
    }

    @Nested
    class Invalidation {

        @Test
        void aReassignmentShowsInTheVeryNextLookup() {
            Tree tree = fixtures.tree(1);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            PartyMemberView before = fixtures.member(branch, "马超");
            PartyMemberView after = fixtures.member(branch, "林芳");
            long household = tree.households()[0];
            assign(tree, household, before.id());
            String lookup = "/api/org/households/" + household + "/party-members";
            String byMember = "/api/org/party-members/" + after.id() + "/households";

            assertThat(http().get(lookup, tree.communityAdmin())
                            .json()
                            .get(0)
                            .get("memberId")
                            .asLong())
                    .isEqualTo(before.id());
            assertThat(http().get(byMember, tree.communityAdmin()).json()).isEmpty();
            assertThat(redis.hasKey(LookupKeys.household(household)))
                    .as("the answer is cached")
                    .isTrue();

            assertThat(http().put(
                                    "/api/org/households/" + household + "/responsible-member",
                                    tree.communityAdmin(),
                                    Map.of("partyMemberId", after.id()))
                            .status())
                    .isEqualTo(200);

            assertThat(http().get(lookup, tree.communityAdmin())
                            .json()
                            .get(0)
                            .get("memberId")
                            .asLong())
                    .isEqualTo(after.id());
            assertThat(http().get(byMember, tree.communityAdmin()).json()).hasSize(1);
        }

        @Test
        void aMembersNewPositionShowsInTheirHouseholdsLookupAtOnce() {
            Tree tree = fixtures.tree(1);
            PartyOrgView branch = fixtures.compoundBranch(tree);
            PartyMemberView member = fixtures.member(branch, "白云");
            long household = tree.households()[0];
            assign(tree, household, member.id());
            String lookup = "/api/org/households/" + household + "/party-members";
            assertThat(http().get(lookup, tree.communityAdmin())
                            .json()
                            .get(0)
                            .get("position")
                            .asString())
                    .isEqualTo("MEMBER");

            Response changed = http().put(
                            "/api/org/party-members/" + member.id(),
                            tree.communityAdmin(),
                            Map.of("version", member.version(), "partyOrgId", branch.id(), "position", "GROUP_LEADER"));

            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(http().get(lookup, tree.communityAdmin())
                            .json()
                            .get(0)
                            .get("position")
                            .asString())
                    .isEqualTo("GROUP_LEADER");
        }

        @Test
        void aMemberCannotMoveAwayFromTheHouseholdsTheyLookAfter() {
            Tree tree = fixtures.tree(1);
            Tree elsewhere = fixtures.tree(0);
            PartyMemberView member = fixtures.member(fixtures.compoundBranch(tree), "齐心");
            assign(tree, tree.households()[0], member.id());
            PartyOrgView otherBranch = fixtures.compoundBranch(elsewhere);

            Response refused = http().put(
                            "/api/org/party-members/" + member.id(),
                            TestTokens.systemAdmin(),
                            Map.of("version", member.version(), "partyOrgId", otherBranch.id(), "position", "MEMBER"));

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("code").asString()).isEqualTo("party-member.households-outside-new-area");
        }

        @Test
        void aNewResidentCanReadTheirContactAtOnce() {
            Tree tree = fixtures.tree(1);
            long household = tree.households()[0];
            assign(
                    tree,
                    household,
                    fixtures.member(fixtures.compoundBranch(tree), "唐宁").id());
            http().get("/api/org/households/" + household + "/party-members", tree.communityAdmin());

            long person = addResident(tree, household, "宋佳");

            assertThat(http().get(
                                    "/api/org/households/" + household + "/party-members",
                                    TestTokens.resident(700_000 + person, person))
                            .status())
                    .isEqualTo(200);
        }
    }

    @Nested
    class Overhead {

        @Test
        void theLookupIsTimedWhileSpringSecurityObservesNothing() {
            Tree tree = fixtures.tree(1);

            assertThat(http().get(
                                    "/api/org/households/" + tree.households()[0] + "/party-members",
                                    tree.communityAdmin())
                            .status())
                    .isEqualTo(200);

            assertThat(meters.find("http.server.requests").timers()).isNotEmpty();
            // no timers per security filter chain, authentication or authorization: the platform turns
            // them off so that Spring Security does not wrap each of its filters on the hot path
            assertThat(meters.getMeters())
                    .extracting(meter -> meter.getId().getName())
                    .noneMatch(name -> name.startsWith("spring.security"));
        }

        @Test
        void theFirewallLetsATabThroughInAHeaderValueAsHttpAllows() {
            Tree tree = fixtures.tree(1);

            // the firewall checks a header when the application reads it; content negotiation reads
            // Accept. The platform checks with its own loops instead of the firewall's patterns.
            Response response = http().exchange(
                            HttpMethod.GET,
                            "/api/org/households/" + tree.households()[0] + "/party-members",
                            tree.communityAdmin(),
                            null,
                            Map.of("Accept", "application/json,\tapplication/problem+json"));

            assertThat(response.status()).isEqualTo(200);
        }
    }
}
