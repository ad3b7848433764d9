package org.linli.organization.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.platform.core.token.Role;
import org.linli.testing.Http.Response;
import org.linli.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class HouseholdIT extends AbstractIT {

    @Autowired
    JdbcTemplate jdbc;

    @Nested
    class AddingResidents {

        @Test
        void residentDetailsAreMaskedInResponsesAndEncryptedAtRest() {
            Tree tree = fixtures.tree(1);
            Response added = http().post(
                            "/api/org/households/" + tree.households()[0] + "/residents",
                            tree.communityAdmin(),
                            Map.of(
                                    "person",
                                    Map.of("name", "张晓明", "idNumber", "11010519491231002X", "phone", "13812345678"),
                                    "relation",
                                    "OWNER"));

            assertThat(added.status()).as(added.toString()).isEqualTo(201);
            var resident = added.json().get("residents").get(0).get("person");
            assertThat(resident.get("name").asString()).isEqualTo("张*明");
            assertThat(resident.get("idNumber").asString()).isEqualTo("110***********002X");
            assertThat(resident.get("phone").asString()).isEqualTo("138****5678");

            String row = jdbc.queryForObject(
                    "SELECT CONCAT_WS('|', p.name_cipher, p.id_number_cipher, t.phone_cipher, p.name_hash, p.id_number_hash)"
                            + " FROM person p JOIN household_tie t ON t.person_id = p.id WHERE p.id = ?",
                    String.class,
                    resident.get("id").asLong());
            assertThat(row.split("\\|")).hasSize(5);
            assertThat(row).doesNotContain("张晓明", "11010519491231002X", "13812345678", "5678", "002X");
        }

        @Test
        void anIdNumberWithAWrongCheckCharacterIsRefusedNamingTheField() {
            Tree tree = fixtures.tree(1);
            Response refused = http().post(
                            "/api/org/households/" + tree.households()[0] + "/residents",
                            tree.communityAdmin(),
                            Map.of(
                                    "person",
                                    Map.of("name", "李四", "idNumber", "110105194912310021"),
                                    "relation",
                                    "OWNER"));

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asString()).isEqualTo("request.invalid");
            assertThat(refused.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("person.idNumber");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM household_tie WHERE household_id = ?",
                            Integer.class,
                            tree.households()[0]))
                    .isZero();
        }
    }

    @Nested
    class DataScope {

        @Test
        void staffOfAnotherCommunityGet404() {
            Tree mine = fixtures.tree(1);
            Tree theirs = fixtures.tree(1);

            assertThat(http().get("/api/org/households/" + mine.households()[0], mine.communityAdmin())
                            .status())
                    .isEqualTo(200);
            Response outside = http().get("/api/org/households/" + theirs.households()[0], mine.communityAdmin());
            assertThat(outside.status()).isEqualTo(404);
            assertThat(outside.json().get("code").asString()).isEqualTo("household.not-found");
        }

        @Test
        void aStreetAdminSeesEveryCommunityOfTheStreetButNotAnotherStreet() {
            Tree tree = fixtures.tree(2);
            Tree elsewhere = fixtures.tree(1);

            Response list =
                    http().get("/api/org/households?under=" + tree.street().id(), tree.streetAdmin());
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().get("total").asLong()).isEqualTo(2);
            assertThat(http().get(
                                    "/api/org/households?under="
                                            + elsewhere.street().id(),
                                    tree.streetAdmin())
                            .status())
                    .isEqualTo(404);
        }

        @Test
        void requestsWithoutAValidTokenAre401() {
            Tree tree = fixtures.tree(1);
            String path = "/api/org/households/" + tree.households()[0];
            assertThat(http().get(path, null).status()).isEqualTo(401);
            assertThat(http().get(path, TestTokens.signedByStranger(Role.SYSTEM_ADMIN, 1, "/"))
                            .status())
                    .isEqualTo(401);
            assertThat(http().get(
                                    path,
                                    TestTokens.expiredStaff(
                                            Role.COMMUNITY_ADMIN,
                                            tree.community().id(),
                                            tree.community().path()))
                            .status())
                    .isEqualTo(401);
        }
    }
}
