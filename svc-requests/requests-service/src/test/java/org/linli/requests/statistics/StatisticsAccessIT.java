package org.linli.requests.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.MEMBER;
import static org.linli.requests.RequestFixtures.OTHER_COMMUNITY;
import static org.linli.requests.RequestFixtures.PROPERTY_STAFF;
import static org.linli.requests.RequestFixtures.STREET_ADMIN;
import static org.linli.requests.RequestFixtures.assertProblem;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.requests.RequestFixtures;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Who reads statistics, of which area, and the periods and parameters refused, on each of the three endpoints. */
class StatisticsAccessIT extends AbstractIT {

    private static final List<String> ENDPOINTS = List.of(
            "/api/requests/statistics",
            "/api/requests/statistics/top-categories",
            "/api/requests/statistics/export.xlsx");
    private static final String PERIOD = "from=2025-09-08&to=2025-09-14";

    private void assertEverywhere(String query, String token, int status, String code) {
        for (String endpoint : ENDPOINTS) {
            Http.Response response = http().get(endpoint + "?" + query, token);
            assertThat(response.headers().getContentType())
                    .as(endpoint)
                    .matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
            assertProblem(response, status, code);
        }
    }

    @Nested
    class WhoMayRead {

        @Test
        void nobodyWithoutAToken() {
            assertEverywhere(PERIOD, null, 401, "auth.unauthenticated");
        }

        @Test
        void residentsAndPartyMembersAreRefusedByTheirRole() {
            assertEverywhere(PERIOD, RequestFixtures.resident(), 403, "auth.forbidden");
            assertEverywhere(PERIOD, MEMBER, 403, "auth.forbidden");
        }

        @Test
        void everyStaffRoleReadsItsOwnArea() {
            for (String staff : List.of(
                    COMMUNITY_ADMIN,
                    RequestFixtures.GRID_WORKER,
                    STREET_ADMIN,
                    PROPERTY_STAFF,
                    TestTokens.systemAdmin())) {
                for (String endpoint : ENDPOINTS) {
                    assertThat(http().get(endpoint + "?" + PERIOD, staff).status())
                            .as(endpoint)
                            .isEqualTo(200);
                }
            }
        }
    }

    @Nested
    class WhichArea {

        @Test
        void aUnitOutsideTheCallersSubtreeIsNotFoundAsIfItDidNotExist() {
            assertEverywhere(PERIOD + "&unitPath=/1/2/3/", OTHER_COMMUNITY, 404, "org-unit.not-found");
            // above the caller's own unit is outside too
            assertEverywhere(PERIOD + "&unitPath=/1/2/", COMMUNITY_ADMIN, 404, "org-unit.not-found");
            assertEverywhere(PERIOD + "&unitPath=/1/2/3/", PROPERTY_STAFF, 404, "org-unit.not-found");
            // a unit nobody has answers the same
            assertEverywhere(PERIOD + "&unitPath=/7/", COMMUNITY_ADMIN, 404, "org-unit.not-found");
        }

        @Test
        void theWholePlatformsSheetIsNamedSo() {
            Http.Response export =
                    http().get("/api/requests/statistics/export.xlsx?" + PERIOD, TestTokens.systemAdmin());

            assertThat(export.headers().getFirst("Content-Disposition"))
                    .contains("request-statistics-all-2025-09-08-2025-09-14.xlsx");
        }

        @Test
        void aUnitInsideIsCountedAndNamed() {
            JsonNode statistics = http().get(
                            "/api/requests/statistics?" + PERIOD + "&unitPath=/1/2/3/40/", STREET_ADMIN)
                    .json();

            assertThat(statistics.get("unitPath").asString()).isEqualTo("/1/2/3/40/");
        }

        @Test
        void aUnitPathMustBeAnOrgPath() {
            for (String bad : List.of("1/2/3/", "/1/2/3", "//", "/a/")) {
                assertEverywhere(PERIOD + "&unitPath=" + bad, STREET_ADMIN, 422, "request.invalid");
            }
        }
    }

    @Nested
    class WhichPeriod {

        @Test
        void aPeriodEndingBeforeItStartsIsRefusedByItsEnd() {
            assertEverywhere("from=2025-09-14&to=2025-09-08", COMMUNITY_ADMIN, 422, "statistics.period-reversed");
            JsonNode problem = http().get("/api/requests/statistics?from=2025-09-14&to=2025-09-08", COMMUNITY_ADMIN)
                    .json();
            assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("to");
        }

        @Test
        void aYearAndADayIsTooLongButALeapYearIsNot() {
            assertEverywhere("from=2025-01-01&to=2026-01-02", COMMUNITY_ADMIN, 422, "statistics.period-too-long");
            assertThat(http().get("/api/requests/statistics?from=2024-01-01&to=2024-12-31", COMMUNITY_ADMIN)
                            .status())
                    .isEqualTo(200);
        }

        @Test
        void datesAreRequiredAndMustBeDates() {
            assertEverywhere("from=2025-09-08", COMMUNITY_ADMIN, 400, "request.missing-parameter");
            assertEverywhere("from=2025-13-01&to=2025-12-31", COMMUNITY_ADMIN, 400, "request.invalid-parameter");
        }

        @Test
        void theTopCategoriesLimitIsOneToThirteen() {
            for (String limit : List.of("0", "14")) {
                assertProblem(
                        http().get(
                                        "/api/requests/statistics/top-categories?" + PERIOD + "&limit=" + limit,
                                        COMMUNITY_ADMIN),
                        422,
                        "request.invalid");
            }
        }
    }
}
