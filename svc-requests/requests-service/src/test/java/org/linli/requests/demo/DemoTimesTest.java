package org.linli.requests.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.linli.organization.api.lookup.HouseholdPlace;
import org.linli.platform.core.token.Role;
import org.linli.requests.demo.DemoTimes.Moments;
import org.linli.requests.request.Level;

class DemoTimesTest {

    static final Instant NOW = Instant.parse("2026-12-08T02:00:00Z");

    /** Nine days to resolve, a day to respond: about what 7 working days come to. */
    static final Function<Instant, Moments> WORKING_DAYS =
            at -> new Moments(at, at.plus(Duration.ofDays(1)), at.plus(Duration.ofDays(9)));

    /** An urgent category: two hours to respond, a day to resolve. */
    static final Function<Instant, Moments> URGENT =
            at -> new Moments(at, at.plus(Duration.ofHours(2)), at.plus(Duration.ofHours(24)));

    /** The instants of a case's steps, as the generator places them when nothing moves its deadlines. */
    static List<Instant> steps(DemoCase planned, Moments request) {
        List<Instant> at = new ArrayList<>();
        Instant previous = request.submitted();
        for (DemoCase.PlannedStep step : planned.steps()) {
            previous = DemoTimes.next(step.when(), request, previous);
            at.add(previous);
        }
        return at;
    }

    @Nested
    class Submission {

        @Test
        void everyStoryHappensInTheLastNinetyDaysInOrderAndBeforeNow() {
            for (Function<Instant, Moments> deadlines : List.of(WORKING_DAYS, URGENT)) {
                for (DemoCase planned : DemoPlanTest.first(400)) {
                    Instant submitted = DemoTimes.submission(planned, NOW, deadlines, null);
                    assertThat(submitted).isBetween(NOW.minus(Duration.ofDays(91)), NOW);
                    Instant previous = submitted;
                    for (Instant step : steps(planned, deadlines.apply(submitted))) {
                        assertThat(step).as(planned.story().name()).isAfter(previous);
                        previous = step;
                    }
                    assertThat(previous).as(planned.story().name()).isBefore(NOW);
                }
            }
        }

        @Test
        void openStoriesAreWithinTheirDeadlineAndOverdueOnesPastIt() {
            for (DemoCase planned : DemoPlanTest.first(400)) {
                Moments request = WORKING_DAYS.apply(DemoTimes.submission(planned, NOW, WORKING_DAYS, null));
                switch (planned.story().now().kind()) {
                    case LIVE -> assertThat(request.resolutionDue()).isAfter(NOW);
                    case OVERDUE -> assertThat(request.resolutionDue()).isBefore(NOW.minus(Duration.ofHours(2)));
                    default -> {}
                }
            }
        }

        @Test
        void aResolutionWaitsForTheResidentOrHasClosedItselfAsTheStorySays() {
            for (DemoCase planned : DemoPlanTest.first(400)) {
                Moments request = WORKING_DAYS.apply(DemoTimes.submission(planned, NOW, WORKING_DAYS, null));
                List<Instant> steps = steps(planned, request);
                Duration since = steps.isEmpty() ? null : Duration.between(steps.get(steps.size() - 1), NOW);
                if (planned.story() == DemoStory.RESOLVED) {
                    assertThat(since).isLessThan(Duration.ofDays(7));
                }
                if (planned.story() == DemoStory.CLOSED_BY_SYSTEM) {
                    assertThat(since).isGreaterThan(Duration.ofDays(7));
                }
            }
        }

        @Test
        void finishedStoriesWereFiledByDay() {
            long byDay = DemoPlanTest.first(400).stream()
                    .filter(c -> c.story().now().daytime())
                    .map(c -> DemoTimes.submission(c, NOW, WORKING_DAYS, null))
                    .filter(at -> at.atZone(org.linli.requests.deadline.Deadlines.BEIJING)
                                    .getHour()
                            >= 7)
                    .count();
            long finished = DemoPlanTest.first(400).stream()
                    .filter(c -> c.story().now().daytime())
                    .count();
            assertThat(byDay).isGreaterThan(finished * 9 / 10);
        }
    }

    @Nested
    class People {

        static final HouseholdPlace HOME = new HouseholdPlace(7, 40, "/1/2/3/40/41/42/");

        @Test
        void staffAreBoundToTheUnitsOnTheHomesPath() {
            DemoArea area = new DemoArea(HOME);
            assertThat(area.communityAdmin().scopePath()).isEqualTo("/1/2/3/");
            assertThat(area.communityAdmin().has(Role.COMMUNITY_ADMIN)).isTrue();
            assertThat(area.gridWorker().orgUnitId()).isEqualTo(3);
            assertThat(area.streetAdmin().scopePath()).isEqualTo("/1/2/");
            assertThat(area.propertyStaff().scopePath()).isEqualTo("/1/2/3/40/");
            assertThat(area.dispatcherAt(Level.BUILDING)).isEqualTo(area.communityAdmin());
            assertThat(area.dispatcherAt(Level.STREET)).isEqualTo(area.streetAdmin());
            assertThat(area.dispatcherAt(Level.DISTRICT).has(Role.SYSTEM_ADMIN)).isTrue();
        }

        @Test
        void everyDemoActorHasAnAccountOfTheReservedRange() {
            DemoArea area = new DemoArea(HOME);
            assertThat(List.of(
                            area.resident(),
                            area.partyMember(5_000),
                            area.communityAdmin(),
                            area.gridWorker(),
                            area.streetAdmin(),
                            area.propertyStaff(),
                            area.systemAdmin()))
                    .allSatisfy(caller ->
                            assertThat(caller.accountId()).isBetween(DemoArea.ACCOUNTS_FROM, DemoArea.ACCOUNTS_TO))
                    .extracting(caller -> caller.accountId())
                    .doesNotHaveDuplicates();
            assertThat(area.resident().personId()).isNull();
            assertThat(area.partyMember(5_000).personId()).isEqualTo(5_000);
        }

        @Test
        void homesAreSampledOverTheWholeRangeAndAShareComesFromTheDemoCommunity() {
            long[] ids = DemoHomes.sampleIds(1, 12_000, 400);
            assertThat(ids).hasSize(400).doesNotHaveDuplicates();
            assertThat(ids[0]).isLessThan(31);
            assertThat(ids[399]).isGreaterThan(11_970).isLessThanOrEqualTo(12_000);
            assertThat(DemoHomes.sampleIds(7, 1, 400)).containsExactly(7);

            List<HouseholdPlace> homes = new ArrayList<>();
            for (int h = 0; h < 60; h++) {
                long community = 3 + h / 10; // six communities of ten homes
                homes.add(new HouseholdPlace(h, 40, "/1/2/" + community + "/40/41/" + (100 + h) + "/"));
            }
            DemoHomes demo = new DemoHomes(homes);
            long inFirst = DemoPlanTest.first(400).stream()
                    .map(c -> demo.pick(c.homeRoll(), c.homePick()))
                    .filter(home -> home.path().startsWith("/1/2/3/"))
                    .count();
            // 30 % there, plus its sixth of the rest
            assertThat(inFirst).isBetween(120L, 200L);
        }
    }
}
