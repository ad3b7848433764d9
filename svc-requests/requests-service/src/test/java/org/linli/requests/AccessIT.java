package org.linli.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import org.springframework.http.HttpMethod;

/**
 * Who reaches which endpoint: without a token nobody, with the wrong role a 403, outside one's scope a 404,
 * for every endpoint of svc-requests.
 */
class AccessIT extends AbstractIT {

    private static final String RESIDENT = TestTokens.resident(700_001, 1_700_001L);
    private static final String COMMUNITY_ADMIN = TestTokens.staff(Role.COMMUNITY_ADMIN, 3, "/1/2/3/");
    private static final Map<String, Object> REQUEST =
            Map.of("category", "SAFETY", "text", "小区东门的路灯坏了一周了。", "householdId", FakeOrganization.HOME);
    private static final String REASON = "不属于本社区。";

    /** Every step on a request, with a body it would accept, so that what is refused is the caller. */
    private static final Map<String, Object> STAFF_STEPS = new LinkedHashMap<>();

    private static final Map<String, Object> WORK_STEPS = new LinkedHashMap<>();
    private static final Map<String, Object> RESIDENT_STEPS = new LinkedHashMap<>();

    static {
        STAFF_STEPS.put("accept", Map.of());
        STAFF_STEPS.put("reject", Map.of("reason", REASON));
        STAFF_STEPS.put("urgency", Map.of("urgency", "URGENT", "reason", REASON));
        STAFF_STEPS.put("assign", Map.of());
        STAFF_STEPS.put("escalate", Map.of("reason", REASON));
        STAFF_STEPS.put("follow-up", Map.of("fixed", true, "rating", 5));
        STAFF_STEPS.put("merge", Map.of("into", 1));
        WORK_STEPS.put("start", Map.of());
        WORK_STEPS.put("questions", Map.of("question", "在几单元？"));
        WORK_STEPS.put("send-back", Map.of("reason", REASON));
        WORK_STEPS.put("resolve", Map.of("note", "已处理。"));
        WORK_STEPS.put("notes", Map.of("note", "已联系。"));
        RESIDENT_STEPS.put("withdraw", Map.of());
        RESIDENT_STEPS.put("answers", Map.of("text", "在2单元。"));
        RESIDENT_STEPS.put("confirm", Map.of("rating", 5));
        RESIDENT_STEPS.put("reopen", Map.of("reason", REASON));
        RESIDENT_STEPS.put("support", Map.of("householdId", FakeOrganization.HOME));
    }

    /** Staff of other places: another community, a grid elsewhere, another street, another compound's property staff. */
    private static final List<String> STAFF_ELSEWHERE = List.of(
            TestTokens.staff(Role.COMMUNITY_ADMIN, 5, "/1/2/5/"),
            TestTokens.staff(Role.GRID_WORKER, 9, "/1/2/5/9/"),
            TestTokens.staff(Role.STREET_ADMIN, 8, "/1/8/"),
            TestTokens.staff(Role.PROPERTY_STAFF, 44, "/1/2/3/44/"));

    /** Residents who are not its submitter: a neighbour, someone unverified, a party member who does not handle it. */
    private static final List<String> OTHER_RESIDENTS = List.of(
            TestTokens.resident(700_002, 1_700_002L),
            TestTokens.resident(700_003, null),
            TestTokens.partyMember(700_004, 1_700_004L));

    private Http.Response send(HttpMethod method, String path, String token, Object body) {
        return http().exchange(method, path, token, body, Map.of());
    }

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    private static Map<String, Object> allSteps() {
        Map<String, Object> all = new LinkedHashMap<>(STAFF_STEPS);
        all.putAll(WORK_STEPS);
        all.putAll(RESIDENT_STEPS);
        return all;
    }

    @Nested
    class WithoutAToken {

        @Test
        void everyEndpointAnswers401() {
            String[][] reads = {
                {"GET", "/api/requests/mine"},
                {"GET", "/api/requests"},
                {"GET", "/api/requests/1"},
                {"GET", "/api/requests/dispatched-to-me"},
                {"GET", "/api/requests/events/dead-letters"},
                {"GET", "/api/requests/rules/categories"},
                {"GET", "/api/requests/rules/sla"},
                {"PUT", "/api/requests/rules/categories/NOISE"},
                {"PUT", "/api/requests/rules/sla/NOISE/NORMAL"},
                {"GET", "/api/requests/calendar/2026"},
                {"PUT", "/api/requests/calendar/2027"},
                {"GET", "/api/requests/deadlines/preview?at=2026-03-02T09:00:00Z&workingDays=3"},
                {"POST", "/api/requests"},
                {"POST", "/api/requests/recorded"},
                {"GET", "/api/requests/compound-board?householdId=7"},
                {"GET", "/api/requests/similar?householdId=7&category=OTHER&text=x"},
                {"GET", "/api/requests/wishes?householdId=7"},
                {"GET", "/api/requests/1/similar"},
                {"DELETE", "/api/requests/1/support"},
                {"POST", "/api/requests/1/claim"},
                {"GET", "/api/requests/statistics?from=2026-03-01&to=2026-03-31"},
                {"GET", "/api/requests/statistics/top-categories?from=2026-03-01&to=2026-03-31"},
                {"GET", "/api/requests/statistics/export.xlsx?from=2026-03-01&to=2026-03-31"},
            };
            for (String[] endpoint : reads) {
                assertProblem(
                        send(HttpMethod.valueOf(endpoint[0]), endpoint[1], null, Map.of()),
                        401,
                        "auth.unauthenticated");
            }
            allSteps()
                    .forEach((step, body) -> assertProblem(
                            send(HttpMethod.POST, "/api/requests/1/" + step, null, body), 401, "auth.unauthenticated"));
        }

        @Test
        void aTokenSignedByAStrangerIsNoToken() {
            String forged = TestTokens.signedByStranger(Role.SYSTEM_ADMIN, 1, "/");

            assertProblem(send(HttpMethod.GET, "/api/requests/1", forged, null), 401, "auth.unauthenticated");
        }
    }

    @Nested
    class WithTheWrongRole {

        @Test
        void staffNeitherFileNorListNorActAsResidents() {
            assertProblem(send(HttpMethod.POST, "/api/requests", COMMUNITY_ADMIN, REQUEST), 403, "auth.forbidden");
            assertProblem(send(HttpMethod.GET, "/api/requests/mine", COMMUNITY_ADMIN, null), 403, "auth.forbidden");
            assertProblem(
                    send(HttpMethod.GET, "/api/requests/dispatched-to-me", COMMUNITY_ADMIN, null),
                    403,
                    "auth.forbidden");
            RESIDENT_STEPS.forEach((step, body) -> assertProblem(
                    send(HttpMethod.POST, "/api/requests/1/" + step, COMMUNITY_ADMIN, body), 403, "auth.forbidden"));
        }

        @Test
        void residentsNeitherListAnAreaNorRecordNorTriageNorDispatch() {
            assertProblem(send(HttpMethod.GET, "/api/requests", RESIDENT, null), 403, "auth.forbidden");
            Map<String, Object> call = Map.of(
                    "channel",
                    "PHONE",
                    "category",
                    "SAFETY",
                    "text",
                    "小区东门的路灯坏了。",
                    "householdId",
                    FakeOrganization.HOME);
            assertProblem(send(HttpMethod.POST, "/api/requests/recorded", RESIDENT, call), 403, "auth.forbidden");
            STAFF_STEPS.forEach((step, body) -> assertProblem(
                    send(HttpMethod.POST, "/api/requests/1/" + step, RESIDENT, body), 403, "auth.forbidden"));
        }

        @Test
        void onlyASystemAdminSeesTheDeadLettersAndChangesTheRulesAndTheCalendar() {
            for (String token : new String[] {RESIDENT, COMMUNITY_ADMIN}) {
                assertProblem(
                        send(HttpMethod.GET, "/api/requests/events/dead-letters", token, null), 403, "auth.forbidden");
                assertProblem(
                        send(HttpMethod.PUT, "/api/requests/calendar/2027", token, Map.of("days", List.of())),
                        403,
                        "auth.forbidden");
            }
            assertThat(send(HttpMethod.GET, "/api/requests/events/dead-letters", TestTokens.systemAdmin(), null)
                            .status())
                    .isEqualTo(200);
        }
    }

    @Nested
    class OutsideTheirScope {

        @Test
        void aRequestOfSomeoneElseIsNotFoundForResidentsAndStaffAlike() {
            long id = http().post("/api/requests", RESIDENT, REQUEST).id();

            for (String stranger : STAFF_ELSEWHERE) {
                assertProblem(
                        send(HttpMethod.GET, "/api/requests/" + id, stranger, null), 404, "resident-request.not-found");
            }
            for (String stranger : OTHER_RESIDENTS) {
                assertProblem(
                        send(HttpMethod.GET, "/api/requests/" + id, stranger, null), 404, "resident-request.not-found");
            }
        }

        @Test
        void noStepCanBeTakenOnARequestOutsideOnesScope() {
            long id = http().post("/api/requests", RESIDENT, REQUEST).id();
            String path = "/api/requests/" + id + "/";

            for (String staff : STAFF_ELSEWHERE) {
                assertProblem(send(HttpMethod.GET, path + "similar", staff, null), 404, "resident-request.not-found");
                assertProblem(send(HttpMethod.GET, path + "photos/1", staff, null), 404, "resident-request.not-found");
                STAFF_STEPS.forEach((step, body) -> assertProblem(
                        send(HttpMethod.POST, path + step, staff, body), 404, "resident-request.not-found"));
                WORK_STEPS.forEach((step, body) -> assertProblem(
                        send(HttpMethod.POST, path + step, staff, body), 404, "resident-request.not-found"));
            }
            for (String resident : OTHER_RESIDENTS) {
                assertProblem(
                        send(HttpMethod.GET, path + "photos/1", resident, null), 404, "resident-request.not-found");
                WORK_STEPS.forEach((step, body) -> assertProblem(
                        send(HttpMethod.POST, path + step, resident, body), 404, "resident-request.not-found"));
                RESIDENT_STEPS.forEach((step, body) -> assertProblem(
                        send(HttpMethod.POST, path + step, resident, body), 404, "resident-request.not-found"));
            }
            assertThat(http().get("/api/requests/" + id, RESIDENT)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("SUBMITTED");
            assertThat(http().get("/api/requests/" + id, RESIDENT).json().get("timeline"))
                    .hasSize(1);
        }

        @Test
        void listsHoldNothingOfAnotherPlace() {
            long id = http().post("/api/requests", RESIDENT, REQUEST).id();

            for (String staff : STAFF_ELSEWHERE) {
                assertThat(send(HttpMethod.GET, "/api/requests?size=100", staff, null)
                                .json()
                                .get("items")
                                .findValuesAsString("id"))
                        .doesNotContain(String.valueOf(id));
            }
            assertThat(send(HttpMethod.GET, "/api/requests/mine", OTHER_RESIDENTS.get(0), null)
                            .json()
                            .get("total")
                            .asLong())
                    .isZero();
        }
    }
}
