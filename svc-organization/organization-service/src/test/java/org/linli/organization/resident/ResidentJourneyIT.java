package org.linli.organization.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.organization.AbstractIT;
import org.linli.organization.RegistryFixtures.Tree;
import org.linli.organization.Residents;
import org.linli.organization.household.TieRelation;
import org.linli.testing.Http.Response;
import org.linli.testing.IdNumbers;

/** The resident's way in, end to end within the service: login → consent → phone → real name → own home. */
class ResidentJourneyIT extends AbstractIT {

    @Test
    void aResidentLogsInConsentsBindsTheirPhoneVerifiesAndReadsTheirOwnHouseholdOnly() {
        Tree tree = fixtures.tree(2);
        String idNumber = IdNumbers.next();
        residents.onRoster(tree.households()[1], "何美玲", idNumber, TieRelation.OWNER);
        String user = Residents.newUser();

        Response login = http().post("/api/auth/wx/login", null, Map.of("code", Residents.code(user)));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("realNameVerified").asBoolean()).isFalse();
        String token = login.json().get("accessToken").asString();
        // not verified yet: no home to see
        assertThat(http().get("/api/org/me/households", token).status()).isEqualTo(403);

        assertThat(http().get("/api/auth/consent", token).json().get("given").asBoolean())
                .isFalse();
        assertThat(http().post("/api/auth/consent", token, Map.of("policyVersion", "2026-01"))
                        .status())
                .isEqualTo(200);

        Response phone = http().post("/api/auth/wx/phone", token, Map.of("code", "phone-18688889999:j"));
        assertThat(phone.status()).isEqualTo(200);
        assertThat(phone.json().get("phone").asString()).isEqualTo("186****9999");

        Response verified = Residents.verify(http(), token, "何美玲", idNumber);
        assertThat(verified.status()).isEqualTo(200);
        String resident = verified.json().get("accessToken").asString();

        Response mine = http().get("/api/org/me/households", resident);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json()).hasSize(1);
        assertThat(mine.json().get(0).get("id").asLong()).isEqualTo(tree.households()[1]);
        assertThat(mine.json()
                        .get(0)
                        .get("residents")
                        .get(0)
                        .get("person")
                        .get("name")
                        .asString())
                .isEqualTo("何*玲");
        assertThat(mine.text()).doesNotContain("何美玲", idNumber);
        assertThat(http().get("/api/org/households/" + tree.households()[1], resident)
                        .status())
                .isEqualTo(200);
        assertThat(http().get("/api/org/households/" + tree.households()[0], resident)
                        .status())
                .isEqualTo(404);

        // a later login says the account is verified, and its token names the person
        Response later = http().post("/api/auth/wx/login", null, Map.of("code", Residents.code(user)));
        assertThat(later.json().get("realNameVerified").asBoolean()).isTrue();
        assertThat(Residents.claims(later.json().get("accessToken").asString()).getClaim("person"))
                .isNotNull();
    }
}
