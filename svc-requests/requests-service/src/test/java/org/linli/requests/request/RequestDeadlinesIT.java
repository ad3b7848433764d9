package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.MEMBER;
import static org.linli.requests.RequestFixtures.PROPERTY_STAFF;
import static org.linli.requests.RequestFixtures.assertProblem;
import static org.linli.requests.RequestFixtures.reason;
import static org.linli.requests.RequestFixtures.resident;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.requests.RequestFixtures;
import org.linli.testing.Http;
import org.linli.testing.TestTokens;
import tools.jackson.databind.JsonNode;

/** A request's deadlines: from its category and urgency at filing, stopped while it waits, kept through everything else. */
class RequestDeadlinesIT extends AbstractIT {

    private RequestFixtures requests() {
        return new RequestFixtures(http());
    }

    private static Instant beijing(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    @Nested
    class AtFiling {

        @Test
        void aCategoryThatIsUrgentByDefaultGetsHoursAndTheOthersWorkingDaysOnTheCalendar() {
            // Friday 13 February 2026, before the Spring Festival: Saturday 14th is worked (调休), 15th-23rd are not
            clock.moveTo(beijing("2026-02-13T18:30:00"));
            String resident = resident();
            Http.Response urgent = http().post(
                            "/api/requests",
                            resident,
                            Map.of("category", "EBIKE_CHARGING", "text", "楼道里有人给电动车充电。", "householdId", 7));
            long noise = requests().file(resident, "NOISE");

            assertThat(urgent.json().get("urgency").asString()).isEqualTo("URGENT");
            assertThat(urgent.json().get("responseDueAt").asString()).isEqualTo("2026-02-13T20:30:00+08:00");
            assertThat(urgent.json().get("resolutionDueAt").asString()).isEqualTo("2026-02-14T18:30:00+08:00");
            JsonNode complaint = requests().read(noise, resident);
            assertThat(complaint.get("urgency").asString()).isEqualTo("NORMAL");
            assertThat(complaint.get("responseDueAt").asString()).isEqualTo("2026-02-14T23:59:59+08:00");
            // 13 working days: Feb 14, 24-27, Mar 2-6 (Feb 28 is worked too), Mar 9-10
            assertThat(complaint.get("resolutionDueAt").asString()).isEqualTo("2026-03-10T23:59:59+08:00");
            assertThat(complaint.has("deadlineProvisional")).isFalse();
        }

        @Test
        void aDeadlineThroughAYearNobodyEnteredIsProvisional() {
            clock.moveTo(beijing("2028-12-20T10:00:00")); // nobody enters 2028 or 2029 in these tests
            long id = requests().file(resident(), "NOISE");

            JsonNode request = requests().read(id, COMMUNITY_ADMIN);

            assertThat(request.get("deadlineProvisional").asBoolean()).isTrue();
        }
    }

    @Nested
    class WaitingForTheResident {

        @Test
        void theClockStopsWhileTheHandlerWaitsAndTheWorkingDaysThatBeganAreGivenBack() {
            clock.moveTo(beijing("2026-03-10T10:00:00"));
            String resident = resident();
            long id = requests().file(resident, "NOISE");
            requests().accept(id);
            clock.moveTo(beijing("2026-03-16T15:00:00")); // Monday

            JsonNode waiting = requests().ok(id, "questions", MEMBER, Map.of("question", "请问噪音一般在几点？"));
            assertThat(waiting.get("waitingForResidentSince").asString()).isEqualTo("2026-03-16T15:00:00+08:00");
            assertThat(requests().read(id, resident).at("/timeline/3/note").asString())
                    .isEqualTo("请问噪音一般在几点？");

            clock.moveTo(beijing("2026-03-18T09:00:00")); // Wednesday: Tuesday and Wednesday began meanwhile
            JsonNode answered = requests().ok(id, "answers", resident, Map.of("text", "每天晚上十点以后。"));

            assertThat(answered.has("waitingForResidentSince")).isFalse();
            // 13 working days ended on Friday 27 March; two more: Tuesday 31 March
            assertThat(answered.get("resolutionDueAt").asString()).isEqualTo("2026-03-31T23:59:59+08:00");
            assertThat(answered.get("timeline").findValuesAsString("action"))
                    .containsExactly("SUBMIT", "ACCEPT", "ASSIGN", "RESIDENT_ASKED", "RESIDENT_ANSWERED");
        }

        @Test
        void anHoursLimitGetsBackTheHoursItWaited() {
            clock.moveTo(beijing("2026-03-10T10:00:00"));
            String resident = resident();
            long id = requests().file(resident, "EBIKE_CHARGING"); // URGENT: 24 hours
            requests().accept(id);
            clock.moveTo(beijing("2026-03-10T12:00:00"));
            requests().ok(id, "questions", PROPERTY_STAFF, Map.of("question", "请问是哪一个单元？"));
            clock.moveTo(beijing("2026-03-10T15:30:00"));

            JsonNode answered = requests().ok(id, "answers", resident, Map.of("text", "2单元。"));

            assertThat(OffsetDateTime.parse(answered.get("resolutionDueAt").asString()))
                    .isBetween(
                            OffsetDateTime.parse("2026-03-11T13:29:55+08:00"),
                            OffsetDateTime.parse("2026-03-11T13:30:05+08:00"));
        }

        @Test
        void nobodyAskedMeansNothingToAnswerAndOnlyTheSubmitterAnswers() {
            String resident = resident();
            long id = requests().file(resident, "NOISE");
            requests().accept(id);

            assertProblem(
                    requests().post(id, "answers", resident, Map.of("text", "在。")),
                    409,
                    "resident-request.not-waiting");
            requests().ok(id, "questions", MEMBER, Map.of("question", "请问在家吗？"));
            assertProblem(
                    requests().post(id, "answers", resident(), Map.of("text", "在。")),
                    404,
                    "resident-request.not-found");
            assertProblem(
                    requests().post(id, "questions", MEMBER, Map.of("question", "再问一次？")),
                    409,
                    "resident-request.transition-not-allowed");
        }
    }

    @Nested
    class ChangingTheUrgency {

        @Test
        void staffRecountTheDeadlinesFromTheSubmissionNotFromNowSayingWhy() {
            clock.moveTo(beijing("2026-03-10T10:00:00"));
            String resident = resident();
            long id = requests().file(resident, "NOISE");
            clock.moveTo(beijing("2026-03-10T11:00:00"));

            JsonNode critical = requests()
                    .ok(id, "urgency", COMMUNITY_ADMIN, Map.of("urgency", "CRITICAL", "reason", "涉及老人健康，按特急处理。"));

            assertThat(critical.get("urgency").asString()).isEqualTo("CRITICAL");
            assertThat(critical.get("resolutionDueAt").asString()).isEqualTo("2026-03-10T12:00:00+08:00");
            assertThat(requests().read(id, resident).at("/timeline/1/note").asString())
                    .isEqualTo("NORMAL → CRITICAL: 涉及老人健康，按特急处理。");
        }

        @Test
        void aReasonIsRequiredAndTheHandlerMayNotChangeIt() {
            long id = requests().file(resident(), "NOISE");
            requests().accept(id);

            assertProblem(
                    requests().post(id, "urgency", COMMUNITY_ADMIN, Map.of("urgency", "URGENT")),
                    422,
                    "request.invalid");
            assertProblem(
                    requests().post(id, "urgency", MEMBER, Map.of("urgency", "URGENT", "reason", "急")),
                    403,
                    "auth.forbidden");
        }
    }

    @Nested
    class ThroughEverythingElse {

        @Test
        void reassignmentSendBackAndEscalationLeaveTheDeadlinesWhereTheyWere() {
            long id = requests().file(resident(), "NOISE");
            JsonNode first = requests().accept(id);

            requests().ok(id, "send-back", MEMBER, reason("不在我的联户范围。"));
            requests().ok(id, "assign", COMMUNITY_ADMIN, Map.of("to", "PROPERTY"));
            JsonNode escalated = requests().ok(id, "escalate", COMMUNITY_ADMIN, reason("需要街道协调。"));

            // from the property company's compound one level up
            assertThat(escalated.get("level").asString()).isEqualTo("COMMUNITY");
            assertThat(escalated.get("resolutionDueAt")).isEqualTo(first.get("resolutionDueAt"));
            assertThat(escalated.get("responseDueAt")).isEqualTo(first.get("responseDueAt"));
        }
    }

    @Nested
    class TheCalendar {

        @Test
        void enteringTheNextYearCountsProvisionalDeadlinesAgainOnIt() {
            clock.moveTo(beijing("2026-12-30T10:00:00"));
            long id = requests().file(resident(), "OTHER"); // 3 working days: Dec 31, then into 2027
            assertThat(requests()
                            .read(id, COMMUNITY_ADMIN)
                            .get("resolutionDueAt")
                            .asString())
                    .isEqualTo("2027-01-04T23:59:59+08:00");

            Http.Response entered = http().put(
                            "/api/requests/calendar/2027",
                            TestTokens.systemAdmin(),
                            Map.of(
                                    "days",
                                    List.of(
                                            Map.of("day", "2027-01-01", "kind", "HOLIDAY", "name", "元旦"),
                                            Map.of("day", "2027-01-04", "kind", "HOLIDAY", "name", "元旦"))));

            assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
            JsonNode recounted = requests().read(id, COMMUNITY_ADMIN);
            assertThat(recounted.get("resolutionDueAt").asString()).isEqualTo("2027-01-06T23:59:59+08:00");
            assertThat(recounted.has("deadlineProvisional")).isFalse();
        }
    }
}
