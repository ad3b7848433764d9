package org.linli.requests.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linli.requests.request.DeadlineWatch.Due.AUTO_CLOSE;
import static org.linli.requests.request.DeadlineWatch.Due.ESCALATE;
import static org.linli.requests.request.DeadlineWatch.Due.REMIND;
import static org.linli.requests.request.DeadlineWatch.Due.WARN;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** When the deadline job must look at a request, and what it finds due then. */
class DeadlineWatchTest {

    private static final RequestsProperties POLICY = new RequestsProperties(
            Duration.ofDays(7),
            Duration.ofDays(1),
            Duration.ofHours(24),
            LocalTime.of(9, 0),
            Duration.ofSeconds(30),
            200,
            Duration.ofSeconds(30),
            false);
    private static final DeadlineWatch WATCH = new DeadlineWatch(POLICY);

    /** Filed Tuesday 10 March 2026 10:00 Beijing, due Friday 27 March 23:59:59, assigned to a member. */
    private static ResidentRequest assigned() {
        ResidentRequest request = new ResidentRequest();
        request.setStatus(RequestStatus.ASSIGNED);
        request.setLevel(Level.BUILDING);
        request.setScopePath("/1/2/3/40/41/42/");
        request.setSubmittedAt(Instant.parse("2026-03-10T02:00:00Z"));
        request.setResolutionDueAt(Instant.parse("2026-03-27T15:59:59Z"));
        return request;
    }

    @Nested
    class AnOpenRequest {

        @Test
        void isFirstLookedAtForItsWarningADayAhead() {
            assertThat(WATCH.nextCheck(assigned())).isEqualTo(Instant.parse("2026-03-26T15:59:59Z"));
            assertThat(WATCH.dueAt(assigned(), Instant.parse("2026-03-26T15:59:58Z")))
                    .isEmpty();
            assertThat(WATCH.dueAt(assigned(), Instant.parse("2026-03-26T16:00:00Z")))
                    .containsExactly(WARN);
        }

        @Test
        void aShortLimitIsWarnedAQuarterOfItsSpanAhead() {
            ResidentRequest critical = assigned();
            critical.setResolutionDueAt(critical.getSubmittedAt().plus(Duration.ofHours(2)));

            assertThat(WATCH.nextCheck(critical)).isEqualTo(Instant.parse("2026-03-10T03:30:00Z"));
        }

        @Test
        void onceWarnedItIsNextLookedAtAtTheDeadlineThenAtTheRemindingHour() {
            ResidentRequest warned = assigned();
            warned.setWarnedAt(Instant.parse("2026-03-26T16:00:00Z"));
            assertThat(WATCH.nextCheck(warned)).isEqualTo(Instant.parse("2026-03-27T15:59:59Z"));

            warned.setLevel(Level.COMPOUND);
            warned.setStatus(RequestStatus.ESCALATED);
            warned.setEscalatedAt(Instant.parse("2026-03-27T16:00:00Z"));
            // Saturday 28 March, 09:00 Beijing comes before the next escalation a day after the last
            assertThat(WATCH.nextCheck(warned)).isEqualTo(Instant.parse("2026-03-28T01:00:00Z"));
            assertThat(WATCH.dueAt(warned, Instant.parse("2026-03-28T01:00:00Z")))
                    .containsExactly(REMIND);
            warned.setRemindedAt(Instant.parse("2026-03-28T01:00:00Z"));
            assertThat(WATCH.nextCheck(warned)).isEqualTo(Instant.parse("2026-03-28T16:00:00Z"));
            assertThat(WATCH.dueAt(warned, Instant.parse("2026-03-28T16:00:00Z")))
                    .containsExactly(ESCALATE);
        }

        @Test
        void atTheTopItIsNoLongerEscalatedAndAStatusThatCannotClimbIsNot() {
            ResidentRequest top = assigned();
            top.setWarnedAt(Instant.parse("2026-03-26T16:00:00Z"));
            top.setRemindedAt(Instant.parse("2026-03-28T01:00:00Z"));
            top.setLevel(Level.DISTRICT);
            assertThat(WATCH.nextCheck(top)).isNull();

            ResidentRequest submitted = assigned();
            submitted.setStatus(RequestStatus.SUBMITTED);
            assertThat(WATCH.dueAt(submitted, Instant.parse("2026-03-30T00:00:00Z")))
                    .containsExactly(WARN, REMIND);
        }

        @Test
        void whileItWaitsForItsResidentNothingIsDue() {
            ResidentRequest waiting = assigned();
            waiting.setWaitingSince(Instant.parse("2026-03-20T02:00:00Z"));

            assertThat(WATCH.nextCheck(waiting)).isNull();
            assertThat(WATCH.dueAt(waiting, Instant.parse("2026-04-30T00:00:00Z")))
                    .isEmpty();
        }
    }

    @Nested
    class AResolvedRequest {

        @Test
        void closesItselfAfterTheConfirmationPeriodAndNothingElse() {
            ResidentRequest resolved = assigned();
            resolved.setStatus(RequestStatus.RESOLVED);
            resolved.setResolvedAt(Instant.parse("2026-03-20T02:00:00Z"));

            assertThat(WATCH.nextCheck(resolved)).isEqualTo(Instant.parse("2026-03-27T02:00:00Z"));
            assertThat(WATCH.dueAt(resolved, Instant.parse("2026-03-28T00:00:00Z")))
                    .containsExactly(AUTO_CLOSE);
        }

        @Test
        void aFinalOneIsNeverLookedAtAgain() {
            ResidentRequest closed = assigned();
            closed.setStatus(RequestStatus.CLOSED);

            assertThat(WATCH.nextCheck(closed)).isNull();
        }
    }
}
