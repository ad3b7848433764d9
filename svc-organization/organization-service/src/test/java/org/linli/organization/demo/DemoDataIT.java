package org.linli.organization.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.Residents;
import org.linli.platform.pii.ChineseIdNumber;
import org.linli.platform.pii.PhoneNumber;
import org.linli.platform.pii.PiiCipher;
import org.linli.testing.Http.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class DemoDataIT extends AbstractIT {

    @Autowired
    DemoDataGenerator generator;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher pii;

    @Test
    void aSmallDemoDistrictHasTheRegistryShapeAndASecondRunChangesNothing() throws Exception {
        DemoReport first = generator.generate(600);
        String district =
                "/" + jdbc.queryForObject("SELECT id FROM org_unit WHERE code = 'linli-demo:600'", Long.class) + "/";

        assertThat(first.created()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM household WHERE path LIKE CONCAT(?, '%')", district))
                .isEqualTo(600);
        assertThat(count(
                        "SELECT COUNT(*) FROM household h WHERE h.path LIKE CONCAT(?, '%') AND NOT EXISTS"
                                + " (SELECT 1 FROM household_tie t WHERE t.household_id = h.id AND t.relation = 'OWNER')",
                        district))
                .as("households without an owner")
                .isZero();
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT level FROM party_org WHERE scope_path LIKE CONCAT(?, '%') ORDER BY level",
                        Integer.class, district))
                .containsExactly(1, 2, 3, 4);
        assertThat(count("SELECT COUNT(*) FROM party_member WHERE scope_path LIKE CONCAT(?, '%')", district))
                .isEqualTo(first.partyMembers())
                .isBetween(70L, 80L);

        long linked = count("SELECT COUNT(*) FROM member_household_link WHERE path LIKE CONCAT(?, '%')", district);
        assertThat(linked / 600.0)
                .as("share of households with a responsible member")
                .isBetween(0.92, 0.98);
        assertThat(count(
                        "SELECT COUNT(*) FROM party_member m WHERE m.scope_path LIKE CONCAT(?, '%') AND"
                                + " (m.linked_households > 30 OR m.linked_households <>"
                                + " (SELECT COUNT(*) FROM member_household_link l WHERE l.party_member_id = m.id))",
                        district))
                .as("members over the bound, or whose count disagrees with their links")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM party_member WHERE scope_path LIKE CONCAT(?, '%')"
                                + " AND category = 'IN_SERVICE' AND employer IS NULL",
                        district))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM party_member WHERE scope_path LIKE CONCAT(?, '%') AND position = 'GROUP_LEADER'",
                        district))
                .isPositive();

        List<Map<String, Object>> owners = jdbc.queryForList(
                "SELECT p.name_cipher, p.id_number_cipher, t.phone_cipher FROM person p"
                        + " JOIN household_tie t ON t.person_id = p.id AND t.relation = 'OWNER'"
                        + " JOIN household h ON h.id = t.household_id WHERE h.path LIKE CONCAT(?, '%') LIMIT 50",
                district);
        assertThat(owners).hasSize(50).allSatisfy(row -> {
            assertThat(pii.decrypt((String) row.get("name_cipher"))).matches("\\p{IsHan}{2,3}");
            assertThat(ChineseIdNumber.isValid(pii.decrypt((String) row.get("id_number_cipher"))))
                    .isTrue();
            assertThat(PhoneNumber.isValid(pii.decrypt((String) row.get("phone_cipher"))))
                    .isTrue();
        });

        // one demo login per console role below the system administrator, nested street > community > grid/compound
        Map<String, Map<String, Object>> staff = new TreeMap<>();
        jdbc.queryForList("SELECT s.username, a.role, u.kind, s.org_path FROM staff_account s"
                        + " JOIN account a ON a.id = s.account_id JOIN org_unit u ON u.id = a.org_unit_id"
                        + " WHERE s.username LIKE 'demo-%'")
                .forEach(row -> staff.put((String) row.get("username"), row));
        assertThat(staff.values())
                .extracting(row -> row.get("username") + " " + row.get("role") + " " + row.get("kind"))
                .containsExactly(
                        "demo-community COMMUNITY_ADMIN COMMUNITY",
                        "demo-grid GRID_WORKER GRID",
                        "demo-property PROPERTY_STAFF COMPOUND",
                        "demo-street STREET_ADMIN STREET");
        String streetPath = (String) staff.get("demo-street").get("org_path");
        String communityPath = (String) staff.get("demo-community").get("org_path");
        assertThat(streetPath).startsWith(district);
        assertThat(communityPath).startsWith(streetPath);
        assertThat((String) staff.get("demo-grid").get("org_path")).startsWith(communityPath);
        assertThat((String) staff.get("demo-property").get("org_path")).startsWith(communityPath);
        for (String username : staff.keySet()) {
            assertThat(http().post(
                                    "/api/auth/staff/login",
                                    null,
                                    Map.of("username", username, "password", DemoStaff.PASSWORD))
                            .status())
                    .as(username)
                    .isEqualTo(200);
        }

        // what a console shows beyond the registry: partners, the three parties, 双报到 in every state
        assertThat(count("SELECT COUNT(*) FROM partner_unit WHERE scope_path LIKE CONCAT(?, '%')", district))
                .isEqualTo(first.partnerUnits())
                .isEqualTo(3);
        assertThat(jdbc.queryForList(
                        "SELECT status FROM registration WHERE scope_path LIKE CONCAT(?, '%') GROUP BY status ORDER BY status",
                        String.class, district))
                .containsExactly("APPROVED", "PENDING", "REJECTED");
        assertThat(count(
                        "SELECT COUNT(*) FROM registration r JOIN party_member m ON m.id = r.party_member_id"
                                + " WHERE r.scope_path LIKE CONCAT(?, '%') AND r.status = 'APPROVED'"
                                + " AND m.category = 'IN_SERVICE' AND m.person_id = r.person_id",
                        district))
                .as("approved registrations, each with the in-service member it made")
                .isPositive();
        long compound = jdbc.queryForObject(
                "SELECT MIN(id) FROM org_unit WHERE kind = 'COMPOUND' AND path LIKE CONCAT(?, '%')",
                Long.class, district);
        String communityAdmin = http().post(
                        "/api/auth/staff/login",
                        null,
                        Map.of("username", "demo-community", "password", DemoStaff.PASSWORD))
                .json()
                .get("accessToken")
                .asString();
        Response parties = http().get("/api/org/compounds/" + compound + "/parties", communityAdmin);
        assertThat(parties.status()).as(parties.toString()).isEqualTo(200);
        assertThat(parties.json().get("missing")).isEmpty();
        JsonNode ownersCommittee = StreamSupport.stream(
                        parties.json().get("parties").spliterator(), false)
                .filter(p -> p.get("kind").asString().equals("OWNERS_COMMITTEE"))
                .findFirst()
                .orElseThrow();
        assertThat(ownersCommittee.get("members")).hasSize(DemoCommunityLife.OWNERS_COMMITTEE_SEATS);
        assertThat(ownersCommittee.get("partyMemberShare").get("partyMembers").asInt())
                .isEqualTo(2);
        assertThat(ownersCommittee.get("partyMemberShare").get("meetsTarget").asBoolean())
                .isTrue();
        Response partners = http().get(
                        "/api/org/partner-units?community="
                                + jdbc.queryForObject(
                                        "SELECT MIN(id) FROM org_unit WHERE kind = 'COMMUNITY' AND path LIKE CONCAT(?, '%')",
                                        Long.class, district),
                        communityAdmin);
        assertThat(partners.status()).as(partners.toString()).isEqualTo(200);
        assertThat(partners.json()).hasSize(3);
        Response pending = http().get("/api/org/registrations?status=PENDING", communityAdmin);
        assertThat(pending.json().get("total").asLong()).isEqualTo(2);

        long partiesBefore = count("SELECT COUNT(*) FROM compound_party_member");
        DemoReport second = generator.generate(600);
        assertThat(second.created()).isFalse();
        assertThat(second.households()).isEqualTo(600);
        assertThat(second.links()).isEqualTo(linked);
        assertThat(count("SELECT COUNT(*) FROM org_unit WHERE code LIKE 'linli-demo:%'"))
                .isEqualTo(1);
        assertThat(second.partnerUnits()).isEqualTo(3);
        assertThat(second.registrations()).isEqualTo(first.registrations());
        assertThat(count("SELECT COUNT(*) FROM compound_party_member")).isEqualTo(partiesBefore);

        // a district made before partner units existed gets the same ones on the next run
        List<String> partnerNames = jdbc.queryForList(
                "SELECT name FROM partner_unit WHERE scope_path LIKE CONCAT(?, '%') ORDER BY name",
                String.class, district);
        jdbc.update("DELETE FROM partner_unit WHERE scope_path LIKE CONCAT(?, '%')", district);
        generator.generate(600);
        assertThat(jdbc.queryForList(
                        "SELECT name FROM partner_unit WHERE scope_path LIKE CONCAT(?, '%') ORDER BY name",
                        String.class, district))
                .isEqualTo(partnerNames);

        // the published demo resident verifies against the roster and finds their home, the district's first
        String token = Residents.consented(http(), Residents.newUser());
        Response verified =
                Residents.verify(http(), token, DemoPeople.KNOWN_RESIDENT_NAME, DemoPeople.KNOWN_RESIDENT_ID_NUMBER);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        long firstHousehold = jdbc.queryForObject(
                "SELECT MIN(id) FROM household WHERE path LIKE CONCAT(?, '%')", Long.class, district);
        assertThat(verified.json().get("households").get(0).get("id").asLong()).isEqualTo(firstHousehold);
        assertThat(Residents.claims(verified.json().get("accessToken").asString())
                        .getStringListClaim("roles"))
                .contains("RESIDENT", "PARTY_MEMBER");

        assertThat(count("SELECT COUNT(*) FROM staff_account WHERE username LIKE 'demo-%'"))
                .isEqualTo(4);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
