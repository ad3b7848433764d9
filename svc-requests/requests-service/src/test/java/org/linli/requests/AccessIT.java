package org.linli.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.platform.core.token.Role;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import org.springframework.http.HttpMethod;

/** Who reaches which endpoint: without a token nobody, with the wrong role a 403, outside one's scope a 404. */
class AccessIT extends AbstractIT {

    private static final String RESIDENT = TestTokens.resident(700_001, 1_700_001L);
    private static final String COMMUNITY_ADMIN = TestTokens.staff(Role.COMMUNITY_ADMIN, 3, "/1/2/3/");
    private static final Map<String, Object> REQUEST =
            Map.of("category", "SAFETY", "text", "小区东门的路灯坏了一周了。", "householdId", FakeOrganization.HOME);

    private static final String[] STEPS = {"accept", "reject", "withdraw"};

    private Http.Response send(HttpMethod method, String path, String token) {
        return http().exchange(method, path, token, method == HttpMethod.POST ? REQUEST : null, Map.of());
    }

    /** A step's body carries a reason, so that what is refused is the caller, not the body. */
    private Http.Response step(String path, String token) {
        return http().exchange(HttpMethod.POST, path, token, Map.of("reason", "不属于本社区。"), Map.of());
    }

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("code").asString()).isEqualTo(code);
    }

    @Nested
    class WithoutAToken {

        @Test
        void everyEndpointAnswers401() {
            assertProblem(send(HttpMethod.POST, "/api/requests", null), 401, "auth.unauthenticated");
            assertProblem(send(HttpMethod.GET, "/api/requests/mine", null), 401, "auth.unauthenticated");
            assertProblem(send(HttpMethod.GET, "/api/requests", null), 401, "auth.unauthenticated");
            assertProblem(send(HttpMethod.GET, "/api/requests/1", null), 401, "auth.unauthenticated");
            assertProblem(send(HttpMethod.GET, "/api/requests/events/dead-letters", null), 401, "auth.unauthenticated");
            for (String step : STEPS) {
                assertProblem(send(HttpMethod.POST, "/api/requests/1/" + step, null), 401, "auth.unauthenticated");
            }
        }

        @Test
        void aTokenSignedByAStrangerIsNoToken() {
            String forged = TestTokens.signedByStranger(Role.SYSTEM_ADMIN, 1, "/");

            assertProblem(send(HttpMethod.GET, "/api/requests/1", forged), 401, "auth.unauthenticated");
        }
    }

    @Nested
    class WithTheWrongRole {

        @Test
        void staffNeitherFileNorListAsResidents() {
            assertProblem(send(HttpMethod.POST, "/api/requests", COMMUNITY_ADMIN), 403, "auth.forbidden");
            assertProblem(send(HttpMethod.GET, "/api/requests/mine", COMMUNITY_ADMIN), 403, "auth.forbidden");
        }

        @Test
        void residentsDoNotListAnArea() {
            assertProblem(send(HttpMethod.GET, "/api/requests", RESIDENT), 403, "auth.forbidden");
        }

        @Test
        void residentsDoNotTriageAndStaffDoNotWithdrawForThem() {
            assertProblem(step("/api/requests/1/accept", RESIDENT), 403, "auth.forbidden");
            assertProblem(step("/api/requests/1/reject", RESIDENT), 403, "auth.forbidden");
            assertProblem(step("/api/requests/1/withdraw", COMMUNITY_ADMIN), 403, "auth.forbidden");
        }

        @Test
        void onlyASystemAdminSeesTheDeadLetters() {
            assertProblem(send(HttpMethod.GET, "/api/requests/events/dead-letters", RESIDENT), 403, "auth.forbidden");
            assertProblem(
                    send(HttpMethod.GET, "/api/requests/events/dead-letters", COMMUNITY_ADMIN), 403, "auth.forbidden");
            assertThat(send(HttpMethod.GET, "/api/requests/events/dead-letters", TestTokens.systemAdmin())
                            .status())
                    .isEqualTo(200);
        }
    }

    @Nested
    class OutsideTheirScope {

        @Test
        void aRequestOfSomeoneElseIsNotFoundForResidentsAndStaffAlike() {
            long id = http().post("/api/requests", RESIDENT, REQUEST).id();

            for (String stranger : new String[] {
                TestTokens.resident(700_002, 1_700_002L),
                TestTokens.resident(700_003, null),
                // the home lies in community /1/2/3/ (FakeOrganization); these work elsewhere
                TestTokens.staff(Role.COMMUNITY_ADMIN, 5, "/1/2/5/"),
                TestTokens.staff(Role.GRID_WORKER, 9, "/1/2/5/9/"),
                TestTokens.staff(Role.STREET_ADMIN, 8, "/1/8/")
            }) {
                assertProblem(send(HttpMethod.GET, "/api/requests/" + id, stranger), 404, "resident-request.not-found");
            }
        }

        @Test
        void noStepCanBeTakenOnARequestOutsideOnesScope() {
            long id = http().post("/api/requests", RESIDENT, REQUEST).id();
            String path = "/api/requests/" + id + "/";

            for (String staff : new String[] {
                TestTokens.staff(Role.COMMUNITY_ADMIN, 5, "/1/2/5/"),
                TestTokens.staff(Role.GRID_WORKER, 9, "/1/2/5/9/"),
                TestTokens.staff(Role.STREET_ADMIN, 8, "/1/8/")
            }) {
                assertProblem(step(path + "accept", staff), 404, "resident-request.not-found");
                assertProblem(step(path + "reject", staff), 404, "resident-request.not-found");
            }
            for (String resident :
                    new String[] {TestTokens.resident(700_002, 1_700_002L), TestTokens.resident(700_003, null)}) {
                assertProblem(step(path + "withdraw", resident), 404, "resident-request.not-found");
            }
            assertThat(http().get("/api/requests/" + id, RESIDENT)
                            .json()
                            .get("status")
                            .asString())
                    .isEqualTo("SUBMITTED");
        }
    }
}
