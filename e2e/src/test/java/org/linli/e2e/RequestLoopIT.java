package org.linli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linli.testing.Http;
import org.linli.testing.IdNumbers;
import tools.jackson.databind.JsonNode;

/**
 * A request's closed loop through the gateway and the real services: filed by a verified resident, accepted and
 * dispatched by staff (svc-requests asks svc-organization who handles the home, with the staff member's token),
 * worked on with a question to the resident, resolved, confirmed and rated.
 */
class RequestLoopIT {

    private final RunningLinli linli = RunningLinli.get();
    private final Client resident = linli.client("10.1.1.1");
    private final Client console = linli.client("10.1.1.2");

    /** A resident of a new home in a new community, logged in and real-name verified: their access token. */
    private String verifiedResident(Registry registry, long home) {
        String idNumber = IdNumbers.next();
        registry.resident(home, "冯志强", idNumber);
        String code = "loop-" + UUID.randomUUID().toString().substring(0, 8);
        String token = resident.accessToken(resident.post("/api/auth/wx/login", null, Map.of("code", code)));
        assertThat(resident.post("/api/auth/consent", token, Map.of("policyVersion", "2026-01"))
                        .status())
                .isEqualTo(200);
        Http.Response verified =
                resident.post("/api/auth/real-name", token, Map.of("name", "冯志强", "idNumber", idNumber));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return resident.accessToken(verified);
    }

    private JsonNode step(Client client, String token, long id, String step, Object body) {
        Http.Response answer = client.post("/api/requests/" + id + "/" + step, token, body);
        assertThat(answer.status()).as(step + ": " + answer).isEqualTo(200);
        return answer.json();
    }

    @Test
    void aRequestGoesFromTheResidentToItsHandlerAndBackClosedAndRated() {
        String admin = Registry.adminToken(console);
        Registry registry = new Registry(console, admin);
        Registry.Community community = registry.community();
        long home = registry.household(community, "301");
        registry.propertyCompany(community, "e2e物业" + community.compoundId());
        String token = verifiedResident(registry, home);

        Http.Response filed = resident.post(
                "/api/requests",
                token,
                Map.of("category", "EBIKE_CHARGING", "text", "楼道里每晚有电动车充电，很危险。", "householdId", home),
                "loop-" + UUID.randomUUID());
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        assertThat(filed.json().get("urgency").asString()).isEqualTo("URGENT");
        long id = filed.id();

        // e-bike charging is a property matter: dispatch finds the compound's property company in the registry
        JsonNode accepted = step(console, admin, id, "accept", null);
        assertThat(accepted.get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(accepted.get("handlerKind").asString()).isEqualTo("PROPERTY");
        assertThat(accepted.get("level").asString()).isEqualTo("COMPOUND");

        step(console, admin, id, "start", null);
        step(console, admin, id, "questions", Map.of("question", "请问是哪个单元的楼道？"));
        JsonNode waiting = resident.get("/api/requests/" + id, token).json();
        assertThat(waiting.has("waitingForResidentSince")).isTrue();
        step(resident, token, id, "answers", Map.of("text", "1单元三楼。"));
        step(console, admin, id, "resolve", Map.of("note", "已清理楼道内的电动车，并在车棚加装了充电桩。"));
        JsonNode closed = step(resident, token, id, "confirm", Map.of("rating", 5, "comment", "很及时，谢谢。"));

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.at("/rating/score").asInt()).isEqualTo(5);
        assertThat(closed.get("timeline").findValuesAsString("action"))
                .containsExactly(
                        "SUBMIT",
                        "ACCEPT",
                        "ASSIGN",
                        "START",
                        "RESIDENT_ASKED",
                        "RESIDENT_ANSWERED",
                        "RESOLVE",
                        "CLOSE");
        // the resident never reads who acted for the community, nor staff matters
        assertThat(closed.has("handlerRef")).isFalse();
        assertThat(closed.get("timeline").findValuesAsString("by")).containsOnly("RESIDENT", "COMMUNITY");
    }

    @Test
    void aHomeNobodyLooksAfterIsDispatchedToItsCommunityAndTheTimelineSaysWhy() {
        String admin = Registry.adminToken(console);
        Registry registry = new Registry(console, admin);
        Registry.Community community = registry.community();
        long home = registry.household(community, "302");
        String token = verifiedResident(registry, home);
        long id = resident.post(
                        "/api/requests",
                        token,
                        Map.of("category", "NOISE", "text", "楼上每晚十一点后还在拖动家具。", "householdId", home))
                .id();

        JsonNode accepted = step(console, admin, id, "accept", null);

        assertThat(accepted.get("handlerKind").asString()).isEqualTo("ORG_UNIT");
        assertThat(accepted.get("handlerRef").asLong()).isEqualTo(community.communityId());
        assertThat(resident.get("/api/requests/" + id, token)
                        .json()
                        .at("/timeline/2/note")
                        .asString())
                .contains("暂无联户党员");
    }
}
