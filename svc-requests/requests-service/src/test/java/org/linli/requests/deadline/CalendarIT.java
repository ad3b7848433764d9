package org.linli.requests.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.assertProblem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import tools.jackson.databind.JsonNode;

/** 工作日历: the system administrator enters each year; everyone on staff reads it. */
class CalendarIT extends AbstractIT {

    @Test
    void twentyTwentySixIsPreloadedWithItsMakeUpDays() {
        JsonNode year =
                http().get("/api/requests/calendar/2026", COMMUNITY_ADMIN).json();

        assertThat(year.get("entered").asBoolean()).isTrue();
        assertThat(year.get("days")).hasSize(39);
        assertThat(year.get("days").findValuesAsString("kind"))
                .filteredOn("WORKDAY"::equals)
                .hasSize(6);
    }

    @Test
    void aYearNotYetEnteredSaysSo() {
        JsonNode year =
                http().get("/api/requests/calendar/2031", COMMUNITY_ADMIN).json();

        assertThat(year.get("entered").asBoolean()).isFalse();
        assertThat(year.get("days")).isEmpty();
    }

    @Test
    void enteringAYearReplacesWhatItHeldAndThePreviewCountsOnIt() {
        String admin = TestTokens.systemAdmin();
        http().put("/api/requests/calendar/2030", admin, Map.of("days", List.of(day("2030-01-02", "HOLIDAY", "试"))));

        Http.Response entered = http().put(
                        "/api/requests/calendar/2030",
                        admin,
                        Map.of(
                                "days",
                                List.of(day("2030-01-01", "HOLIDAY", "元旦"), day("2030-01-05", "WORKDAY", "调休"))));

        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        assertThat(entered.json().get("days").findValuesAsString("day")).containsExactly("2030-01-01", "2030-01-05");
        // Monday 31 December 2029 + 1 working day: New Year's Day off, Wednesday 2nd no longer a holiday
        JsonNode preview = http().get(
                        "/api/requests/deadlines/preview?at=2029-12-31T02:00:00Z&workingDays=1", COMMUNITY_ADMIN)
                .json();
        assertThat(preview.get("deadline").asString()).isEqualTo("2030-01-02T23:59:59+08:00");
        assertThat(preview.get("provisional").asBoolean()).isTrue(); // 2029 itself was never entered
    }

    @Test
    void daysThatCannotBeAreNamedOneByOne() {
        Http.Response refused = http().put(
                        "/api/requests/calendar/2029",
                        TestTokens.systemAdmin(),
                        Map.of(
                                "days",
                                List.of(
                                        day("2028-12-31", "HOLIDAY", "跨年"),
                                        day("2029-01-01", "HOLIDAY", "元旦"),
                                        day("2029-01-01", "HOLIDAY", "元旦"),
                                        day("2029-01-03", "WORKDAY", "调休"))));

        assertProblem(refused, 422, "calendar.invalid-days");
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactly("days[0].day", "days[2].day", "days[3].day");
        assertThat(http().get("/api/requests/calendar/2029", COMMUNITY_ADMIN)
                        .json()
                        .get("entered")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aYearOutOfRangeIsRefusedAndOnlyTheSystemAdministratorEnters() {
        assertProblem(http().get("/api/requests/calendar/1999", COMMUNITY_ADMIN), 422, "calendar.year-out-of-range");
        assertProblem(
                http().put("/api/requests/calendar/2032", COMMUNITY_ADMIN, Map.of("days", List.of())),
                403,
                "auth.forbidden");
    }

    private static Map<String, Object> day(String day, String kind, String name) {
        return Map.of("day", day, "kind", kind, "name", name);
    }
}
