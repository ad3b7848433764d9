package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.OTHER_COMMUNITY;
import static org.linli.requests.RequestFixtures.assertProblem;
import static org.linli.requests.RequestFixtures.resident;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.requests.FakeOrganization;
import org.linli.requests.RequestFixtures;
import org.linli.testing.Http;
import tools.jackson.databind.JsonNode;

/** The compound's common places: the public board, +1, duplicates before filing, and merges. */
class NeighboursIT extends AbstractIT {

    private static final String LAMP = "东门岗亭旁的路灯不亮已经三天了，晚上回家很黑。";

    private RequestFixtures requests() {
        return new RequestFixtures(http());
    }

    private long aboutTheGate(String resident, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "PUBLIC_FACILITIES");
        body.put("text", text);
        body.put("householdId", FakeOrganization.HOME);
        body.put("place", "东门岗亭");
        Http.Response filed = http().post("/api/requests", resident, body);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        return filed.id();
    }

    private Http.Response plusOne(long id, String resident) {
        return http().post("/api/requests/" + id + "/support", resident, Map.of("householdId", FakeOrganization.HOME));
    }

    @Nested
    class TheBoard {

        @Test
        void neighboursReadTheCompoundsCommonPlaceRequestsButNeverWhoFiledThemNorAnyonesHome() {
            long gate = aboutTheGate(resident(), LAMP);
            long home = requests().file(resident(), "NOISE");

            JsonNode board = http().get("/api/requests/compound-board?householdId=7&size=100", resident())
                    .json();

            assertThat(board.get("items").findValuesAsString("id"))
                    .contains(String.valueOf(gate))
                    .doesNotContain(String.valueOf(home));
            JsonNode item = board.get("items").get(0);
            assertThat(item.has("householdId")).isFalse();
            assertThat(item.has("submitter")).isFalse();
            assertThat(item.has("handlerRef")).isFalse();
        }

        @Test
        void aHomeThatIsNotTheirsShowsNoBoard() {
            assertProblem(
                    http().get("/api/requests/compound-board?householdId=8", resident()),
                    422,
                    "resident-request.not-your-household");
        }
    }

    @Nested
    class MeToo {

        @Test
        void aNeighboursPlusOneCountsOnceAndTheyFollowTheRequestFromThenOn() {
            String filer = resident();
            String neighbour = resident();
            long id = aboutTheGate(filer, LAMP);

            assertThat(plusOne(id, neighbour).json().get("supporters").asInt()).isEqualTo(1);
            assertThat(plusOne(id, neighbour).json().get("supporters").asInt()).isEqualTo(1);
            requests().accept(id);

            JsonNode followed = requests().read(id, neighbour);
            assertThat(followed.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(followed.has("householdId")).isFalse();
            assertThat(followed.has("handlerRef")).isFalse();
            assertThat(followed.get("timeline").findValuesAsString("action")).contains("ASSIGN");

            assertThat(http().delete("/api/requests/" + id + "/support", neighbour)
                            .status())
                    .isEqualTo(204);
            assertThat(requests().read(id, COMMUNITY_ADMIN).get("supporters").asInt())
                    .isZero();
            assertProblem(http().get("/api/requests/" + id, neighbour), 404, "resident-request.not-found");
        }

        @Test
        void aHomeRequestOwnRequestAndClosedOneCannotBeSupported() {
            String filer = resident();
            long home = requests().file(filer, "NOISE");
            long own = aboutTheGate(filer, LAMP);
            String changedTheirMind = resident();
            long withdrawn = aboutTheGate(changedTheirMind, LAMP);
            requests().ok(withdrawn, "withdraw", changedTheirMind, null);

            assertProblem(plusOne(home, resident()), 404, "resident-request.not-found");
            assertProblem(plusOne(own, filer), 409, "resident-request.own-request");
            assertProblem(plusOne(withdrawn, resident()), 409, "resident-request.transition-not-allowed");
        }
    }

    @Nested
    class Duplicates {

        @Test
        void beforeFilingAResidentIsShownTheAlikeRequestsAboutCommonPlacesOnly() {
            long alike = aboutTheGate(resident(), LAMP);
            long unrelated = aboutTheGate(resident(), "小区东门门禁坏了，外卖员随便进出。");

            JsonNode similar = http().get(
                            "/api/requests/similar?householdId=7&category=PUBLIC_FACILITIES&text=东门的路灯坏了好几天了，晚上很黑",
                            resident())
                    .json();

            assertThat(similar.findValuesAsString("id"))
                    .contains(String.valueOf(alike))
                    .doesNotContain(String.valueOf(unrelated));
            assertThat(similar.get(0).get("similarity").asDouble()).isGreaterThanOrEqualTo(0.25);
        }

        @Test
        void staffMergeADuplicateAndItsResidentAndFollowersCarryOver() {
            String first = resident();
            String second = resident();
            String neighbour = resident();
            long original = aboutTheGate(first, LAMP);
            long duplicate = aboutTheGate(second, "东门岗亭那边路灯坏了，晚上回家很黑，请尽快修。");
            plusOne(duplicate, neighbour);

            JsonNode suggested = http().get("/api/requests/" + duplicate + "/similar", COMMUNITY_ADMIN)
                    .json();
            assertThat(suggested.findValuesAsString("id")).contains(String.valueOf(original));

            JsonNode into = requests().ok(duplicate, "merge", COMMUNITY_ADMIN, Map.of("into", original));

            assertThat(into.get("id").asLong()).isEqualTo(original);
            assertThat(into.get("supporters").asInt()).isEqualTo(2);
            assertThat(into.get("timeline").findValuesAsString("action")).contains("MERGED_IN");
            JsonNode merged = requests().read(duplicate, second);
            assertThat(merged.get("status").asString()).isEqualTo("MERGED");
            assertThat(merged.get("mergedInto").asLong()).isEqualTo(original);
            // the duplicate's resident and its supporter now read the original
            assertThat(requests().read(original, second).get("id").asLong()).isEqualTo(original);
            assertThat(requests().read(original, neighbour).get("id").asLong()).isEqualTo(original);
        }

        @Test
        void aMergeStaysInOneCompoundAndGoesIntoAnOpenRequest() {
            long original = aboutTheGate(resident(), LAMP);
            long duplicate = aboutTheGate(resident(), LAMP);
            long closed = aboutTheGate(resident(), LAMP);
            requests().ok(closed, "reject", COMMUNITY_ADMIN, RequestFixtures.reason("重复。"));

            assertProblem(
                    requests().post(duplicate, "merge", COMMUNITY_ADMIN, Map.of("into", duplicate)),
                    422,
                    "resident-request.merge-into-itself");
            assertProblem(
                    requests().post(duplicate, "merge", COMMUNITY_ADMIN, Map.of("into", closed)),
                    409,
                    "resident-request.merge-target-closed");
            assertProblem(
                    requests().post(duplicate, "merge", OTHER_COMMUNITY, Map.of("into", original)),
                    404,
                    "resident-request.not-found");
        }
    }
}
