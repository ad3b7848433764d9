package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.RequestFixtures.COMMUNITY_ADMIN;
import static org.linli.requests.RequestFixtures.MEMBER;
import static org.linli.requests.RequestFixtures.STREET_ADMIN;
import static org.linli.requests.RequestFixtures.assertProblem;
import static org.linli.requests.RequestFixtures.reason;
import static org.linli.requests.RequestFixtures.resident;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.requests.AbstractIT;
import org.linli.requests.RequestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** 督办: warnings, escalation up the levels, the reminder after a missed deadline, and auto-close. */
class DeadlineJobIT extends AbstractIT {

    /** Tuesday 10 March 2026, 10:00 in Beijing: thirteen working days end on Friday 27 March. */
    private static final Instant TUESDAY = Instant.parse("2026-03-10T02:00:00Z");

    @Autowired
    DeadlineJob job;

    @Autowired
    JdbcClient jdbc;

    private RequestFixtures requests() {
        return new RequestFixtures(http());
    }

    private List<String> actions(long id) {
        return jdbc.sql("SELECT action FROM request_timeline WHERE request_id = ? ORDER BY id")
                .param(id)
                .query(String.class)
                .list();
    }

    /** A noise complaint (13 working days) filed on {@link #TUESDAY}, dispatched to the home's party member. */
    private long dispatchedNoiseComplaint(String resident) {
        clock.moveTo(TUESDAY);
        long id = requests().file(resident, "NOISE");
        JsonNode assigned = requests().accept(id);
        assertThat(assigned.get("resolutionDueAt").asString()).isEqualTo("2026-03-27T23:59:59+08:00");
        return id;
    }

    @Nested
    class BeforeTheDeadline {

        @Test
        void aDayAheadTheStaffAreWarnedOnceAndTheResidentSeesNoNoise() {
            String resident = resident();
            long id = dispatchedNoiseComplaint(resident);
            clock.moveTo(OffsetDateTime.parse("2026-03-26T23:00:00+08:00").toInstant());
            job.runOnce();
            assertThat(actions(id)).doesNotContain("DEADLINE_WARNING");

            clock.moveTo(OffsetDateTime.parse("2026-03-27T00:00:01+08:00").toInstant());
            job.runOnce();
            job.runOnce();

            assertThat(actions(id)).containsOnlyOnce("DEADLINE_WARNING");
            assertThat(requests().read(id, COMMUNITY_ADMIN).get("timeline").findValuesAsString("action"))
                    .contains("DEADLINE_WARNING");
            assertThat(requests().read(id, resident).get("timeline").findValuesAsString("action"))
                    .doesNotContain("DEADLINE_WARNING");
            assertThat(requests().read(id, MEMBER).get("overdue").asBoolean()).isFalse();
        }
    }

    @Nested
    class PastTheDeadline {

        @Test
        void itClimbsOneLevelAtTheDeadlineAndOneMoreEachDayItStaysOverdue() {
            String resident = resident();
            long id = dispatchedNoiseComplaint(resident);

            clock.moveTo(OffsetDateTime.parse("2026-03-28T00:00:05+08:00").toInstant());
            job.runOnce();
            JsonNode escalated = requests().read(id, COMMUNITY_ADMIN);
            assertThat(escalated.get("status").asString()).isEqualTo("ESCALATED");
            assertThat(escalated.get("level").asString()).isEqualTo("COMPOUND");
            assertThat(escalated.get("overdue").asBoolean()).isTrue();
            assertThat(escalated.has("handlerKind")).isFalse();
            // the member no longer holds it; the deadline stays where it was
            assertProblem(http().get("/api/requests/" + id, MEMBER), 404, "resident-request.not-found");
            assertThat(escalated.get("resolutionDueAt").asString()).isEqualTo("2026-03-27T23:59:59+08:00");
            assertThat(requests().read(id, resident).at("/timeline/3/note").asString())
                    .contains("小区");

            clock.moveTo(OffsetDateTime.parse("2026-03-29T00:00:10+08:00").toInstant());
            job.runOnce();
            assertThat(requests().read(id, COMMUNITY_ADMIN).get("level").asString())
                    .isEqualTo("COMMUNITY");

            clock.moveTo(OffsetDateTime.parse("2026-03-30T00:00:15+08:00").toInstant());
            job.runOnce();
            assertThat(requests().read(id, COMMUNITY_ADMIN).get("level").asString())
                    .isEqualTo("STREET");
            // the street decides now: the community still sees it but may not dispatch it
            assertProblem(
                    requests().post(id, "assign", COMMUNITY_ADMIN, Map.of()), 403, "resident-request.not-yours-to-act");
            assertThat(requests()
                            .ok(id, "assign", STREET_ADMIN, Map.of("to", "ORG_UNIT", "unitId", 2))
                            .get("status")
                            .asString())
                    .isEqualTo("ASSIGNED");
        }

        @Test
        void theDayAfterAMissedDeadlineARemindingStepIsRecordedOnce() {
            long id = dispatchedNoiseComplaint(resident());

            clock.moveTo(OffsetDateTime.parse("2026-03-28T08:59:00+08:00").toInstant());
            job.runOnce();
            assertThat(actions(id)).doesNotContain("OVERDUE_REMINDER");

            clock.moveTo(OffsetDateTime.parse("2026-03-28T09:00:01+08:00").toInstant());
            job.runOnce();
            job.runOnce();
            assertThat(actions(id)).containsOnlyOnce("OVERDUE_REMINDER");
        }

        @Test
        void theDistrictIsTheTop() {
            long id = dispatchedNoiseComplaint(resident());
            // a later hour each day, so that each pass comes a full day after the one before
            for (int day = 28; day <= 31; day++) {
                clock.moveTo(OffsetDateTime.parse("2026-03-" + day + "T" + (day - 16) + ":00:00+08:00")
                        .toInstant());
                job.runOnce();
            }
            clock.moveTo(OffsetDateTime.parse("2026-04-08T12:00:00+08:00").toInstant());
            job.runOnce();

            assertThat(requests().read(id, COMMUNITY_ADMIN).get("level").asString())
                    .isEqualTo("DISTRICT");
            // building → compound → community → street → district: four steps up, then no more
            assertThat(actions(id).stream().filter("ESCALATE"::equals)).hasSize(4);
        }

        @Test
        void aRequestWaitingForItsResidentIsNotEscalated() {
            String resident = resident();
            long id = dispatchedNoiseComplaint(resident);
            requests().ok(id, "questions", MEMBER, Map.of("question", "请问噪音一般在几点？"));

            clock.moveTo(OffsetDateTime.parse("2026-04-08T12:00:00+08:00").toInstant());
            job.runOnce();

            JsonNode waiting = requests().read(id, COMMUNITY_ADMIN);
            assertThat(waiting.get("status").asString()).isEqualTo("ASSIGNED");
            assertThat(waiting.get("overdue").asBoolean()).isFalse();
            assertThat(actions(id)).doesNotContain("ESCALATE", "OVERDUE_REMINDER");
        }

        @Test
        void twoInstancesRunningAtOnceActOnceOnEachRequest() throws Exception {
            clock.moveTo(Instant.parse("2026-04-20T02:00:00Z"));
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                long id = requests().file(resident(), "SAFETY");
                requests().accept(id);
                ids.add(id);
            }
            clock.moveTo(Instant.parse("2026-04-21T02:30:00Z"));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> passes = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    passes.add(pool.submit(() -> {
                        start.await();
                        return job.runOnce();
                    }));
                }
                start.countDown();
                for (Future<Integer> pass : passes) {
                    pass.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            for (long id : ids) {
                assertThat(actions(id).stream().filter("ESCALATE"::equals))
                        .as("request %d", id)
                        .hasSize(1);
            }
        }
    }

    @Nested
    class AfterTheResolution {

        @Test
        void aResolutionNobodyAnswersClosesItselfAfterTheConfirmationPeriod() {
            String resident = resident();
            long id = dispatchedNoiseComplaint(resident);
            requests().ok(id, "start", MEMBER, null);
            requests().ok(id, "resolve", MEMBER, Map.of("note", "已协调。"));

            clock.advance(Duration.ofDays(6));
            job.runOnce();
            assertThat(requests().read(id, resident).get("status").asString()).isEqualTo("RESOLVED");

            clock.advance(Duration.ofDays(1).plusMinutes(1));
            job.runOnce();
            JsonNode closed = requests().read(id, resident);
            assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
            assertThat(closed.has("rating")).isFalse();
            assertThat(closed.at("/timeline/5/by").asString()).isEqualTo("SYSTEM");
        }

        @Test
        void aResolvedRequestIsNeitherWarnedNorEscalated() {
            long id = dispatchedNoiseComplaint(resident());
            requests().ok(id, "start", MEMBER, null);
            requests().ok(id, "resolve", MEMBER, Map.of("note", "已协调。"));

            clock.moveTo(OffsetDateTime.parse("2026-03-28T12:00:00+08:00").toInstant());
            job.runOnce();

            assertThat(actions(id)).doesNotContain("DEADLINE_WARNING", "ESCALATE", "OVERDUE_REMINDER");
            assertThat(requests().post(id, "reopen", MEMBER, reason("没修好")).status())
                    .isEqualTo(404);
        }
    }
}
