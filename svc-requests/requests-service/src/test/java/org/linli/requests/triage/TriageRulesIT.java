package org.linli.requests.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.assertProblem;
import static org.linli.requests.RequestFixtures.resident;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.requests.RequestFixtures;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import tools.jackson.databind.JsonNode;

/** The system administrator maintains the category rules and the SLA table; requests keep the terms they got. */
class TriageRulesIT extends AbstractIT {

    private static final Map<String, Object> DEFAULT_NOISE = sla(1, "WORKING_DAYS", 13, "WORKING_DAYS");

    private static Map<String, Object> sla(int response, String responseUnit, int resolution, String resolutionUnit) {
        return Map.of(
                "responseAmount", response,
                "responseUnit", responseUnit,
                "resolutionAmount", resolution,
                "resolutionUnit", resolutionUnit);
    }

    private Http.Response putNoise(String token, Map<String, Object> row) {
        return http().put("/api/requests/rules/sla/NOISE/NORMAL", token, row);
    }

    @AfterEach
    void rulesAsShipped() {
        putNoise(TestTokens.systemAdmin(), DEFAULT_NOISE);
        http().put(
                        "/api/requests/rules/categories/NOISE",
                        TestTokens.systemAdmin(),
                        Map.of("defaultUrgency", "NORMAL", "route", "PARTY_MEMBER"));
    }

    @Test
    void everyCategoryHasARuleAndARowPerUrgency() {
        JsonNode rules =
                http().get("/api/requests/rules/categories", COMMUNITY_ADMIN).json();
        JsonNode table = http().get("/api/requests/rules/sla", COMMUNITY_ADMIN).json();

        assertThat(rules).hasSize(RequestCategory.values().length);
        assertThat(table).hasSize(RequestCategory.values().length * Urgency.values().length);
        assertThat(rules.findValuesAsString("category")).contains("SAFETY", "OTHER");
    }

    @Test
    void aChangedRowAppliesToRequestsFiledAfterItAndNotToThoseBefore() {
        clock.moveTo(Instant.parse("2026-03-10T02:00:00Z"));
        RequestFixtures requests = new RequestFixtures(http());
        long before = requests.file(resident(), "NOISE");

        Http.Response changed = putNoise(TestTokens.systemAdmin(), sla(4, "HOURS", 5, "WORKING_DAYS"));
        long after = requests.file(resident(), "NOISE");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("resolutionAmount").asInt()).isEqualTo(5);
        assertThat(requests.read(before, COMMUNITY_ADMIN).get("resolutionDueAt").asString())
                .isEqualTo("2026-03-27T23:59:59+08:00");
        assertThat(requests.read(after, COMMUNITY_ADMIN).get("resolutionDueAt").asString())
                .isEqualTo("2026-03-17T23:59:59+08:00");
        assertThat(requests.read(after, COMMUNITY_ADMIN).get("responseDueAt").asString())
                .isEqualTo("2026-03-10T14:00:00+08:00");
    }

    @Test
    void aCategorysDefaultsDecideTheUrgencyAndRouteOfNewRequests() {
        Http.Response changed = http().put(
                        "/api/requests/rules/categories/NOISE",
                        TestTokens.systemAdmin(),
                        Map.of("defaultUrgency", "URGENT", "route", "COMMUNITY"));
        RequestFixtures requests = new RequestFixtures(http());
        long id = requests.file(resident(), "NOISE");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(requests.read(id, COMMUNITY_ADMIN).get("urgency").asString()).isEqualTo("URGENT");
        assertThat(requests.accept(id).get("handlerKind").asString()).isEqualTo("ORG_UNIT");
    }

    @Test
    void limitsThatMakeNoSenseAreRefusedByTheirField() {
        String admin = TestTokens.systemAdmin();
        Http.Response tooLong = putNoise(admin, sla(1, "WORKING_DAYS", 61, "WORKING_DAYS"));
        Http.Response backwards = putNoise(admin, sla(5, "HOURS", 2, "HOURS"));
        Http.Response zero = putNoise(admin, sla(0, "HOURS", 2, "HOURS"));
        Http.Response unknown = http().put("/api/requests/rules/sla/UFO/NORMAL", admin, DEFAULT_NOISE);

        assertProblem(tooLong, 422, "sla.too-long");
        assertProblem(backwards, 422, "sla.response-after-resolution");
        assertProblem(zero, 422, "request.invalid");
        assertThat(zero.json().get("errors").findValuesAsString("field")).containsExactly("responseAmount");
        assertProblem(unknown, 400, "request.invalid-parameter");
    }

    @Test
    void onlyTheSystemAdministratorChangesThemAndResidentsDoNotReadThem() {
        assertProblem(putNoise(COMMUNITY_ADMIN, DEFAULT_NOISE), 403, "auth.forbidden");
        assertProblem(
                http().put(
                                "/api/requests/rules/categories/NOISE",
                                RequestFixtures.STREET_ADMIN,
                                Map.of("defaultUrgency", "URGENT", "route", "COMMUNITY")),
                403,
                "auth.forbidden");
        assertProblem(http().get("/api/requests/rules/sla", resident()), 403, "auth.forbidden");
    }
}
