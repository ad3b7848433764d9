package org.linli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linli.testing.Http;
import org.linli.testing.IdNumbers;

/**
 * A resident's way in, through the gateway to the real services: login → phone → consent → real name →
 * home → a request about it (svc-requests, with the token svc-organization issued).
 */
class ResidentJourneyIT {

    private final RunningLinli linli = RunningLinli.get();
    private final Client resident = linli.client("10.1.0.1");
    private final Client console = linli.client("10.1.0.2");

    @Test
    void aResidentLogsInBindsTheirPhoneConsentsVerifiesReadsTheirOwnHomeOnlyAndFilesARequest() {
        Registry registry = new Registry(console, Registry.adminToken(console));
        Registry.Community community = registry.community();
        long home = registry.household(community, "101");
        long neighbours = registry.household(community, "102");
        String idNumber = IdNumbers.next();
        registry.resident(home, "钱晓东", idNumber);

        String code = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response login = resident.post("/api/auth/wx/login", null, Map.of("code", code));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        assertThat(login.json().get("realNameVerified").asBoolean()).isFalse();
        String token = resident.accessToken(login);

        // personal data is collected only after consent
        Http.Response tooEarly = resident.post("/api/auth/wx/phone", token, Map.of("code", "phone-13912345678:a"));
        assertThat(tooEarly.status()).isEqualTo(403);
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("consent.required");
        assertThat(resident.post("/api/auth/consent", token, Map.of("policyVersion", "2026-01"))
                        .status())
                .isEqualTo(200);

        Http.Response phone = resident.post("/api/auth/wx/phone", token, Map.of("code", "phone-13912345678:b"));
        assertThat(phone.status()).as(phone.toString()).isEqualTo(200);
        assertThat(phone.text()).doesNotContain("13912345678");

        Http.Response badId =
                resident.post("/api/auth/real-name", token, Map.of("name", "钱晓东", "idNumber", "110101199003077777"));
        assertThat(badId.status()).isEqualTo(422);
        assertThat(badId.json().get("errors").get(0).get("field").asString()).isEqualTo("idNumber");

        Http.Response verified =
                resident.post("/api/auth/real-name", token, Map.of("name", "钱晓东", "idNumber", idNumber));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        String verifiedToken = resident.accessToken(verified);

        Http.Response mine = resident.get("/api/org/me/households", verifiedToken);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json()).hasSize(1);
        assertThat(mine.json().get(0).get("id").asLong()).isEqualTo(home);
        assertThat(mine.text()).doesNotContain("钱晓东", idNumber);
        assertThat(resident.get("/api/org/households/" + home, verifiedToken).status())
                .isEqualTo(200);
        assertThat(resident.get("/api/org/households/" + neighbours, verifiedToken)
                        .status())
                .isEqualTo(404);

        Map<String, Object> request =
                Map.of("category", "EBIKE_CHARGING", "text", "楼道里有电动车充电，很危险。", "householdId", home);
        String key = "journey-request-" + code;
        Http.Response filed = resident.post("/api/requests", verifiedToken, request, key);
        Http.Response retried = resident.post("/api/requests", verifiedToken, request, key);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(retried.id()).isEqualTo(filed.id());
        // svc-requests asks svc-organization, with the resident's token, whether the home is theirs
        Map<String, Object> aboutTheNeighbours =
                Map.of("category", "NOISE", "text", "隔壁每晚装修到十一点。", "householdId", neighbours);
        Http.Response notTheirs = resident.post("/api/requests", verifiedToken, aboutTheNeighbours);
        assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(422);
        assertThat(notTheirs.json().get("code").asString()).isEqualTo("resident-request.not-your-household");
        Http.Response myRequests = resident.get("/api/requests/mine", verifiedToken);
        assertThat(myRequests.json().get("total").asLong()).isEqualTo(1);
        assertThat(resident.get("/api/requests/" + filed.id(), verifiedToken)
                        .json()
                        .at("/timeline/0/status")
                        .asString())
                .isEqualTo("SUBMITTED");
    }
}
