package org.linli.requests.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinesTest {

    /** 2026 as DOMAIN.md gives it, the same days V2 preloads. */
    static final WorkingCalendar CALENDAR_2026 = calendar2026();

    private static WorkingCalendar calendar2026() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        String[][] holidays = {
            {"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
            {"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
            {"2026-10-01", "2026-10-07"}
        };
        for (String[] range : holidays) {
            for (LocalDate day = LocalDate.parse(range[0]);
                    !day.isAfter(LocalDate.parse(range[1]));
                    day = day.plusDays(1)) {
                days.put(day, DayKind.HOLIDAY);
            }
        }
        for (String makeUp :
                new String[] {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"}) {
            days.put(LocalDate.parse(makeUp), DayKind.WORKDAY);
        }
        return new WorkingCalendar(days, Set.of(2026));
    }

    @Nested
    class WorkingDays {

        @ParameterizedTest(name = "{0} + {1} working days → {2}")
        @CsvSource({
            // an ordinary Tuesday: Wed, Thu, Fri
            "2026-03-10T10:00:00+08:00, 3, 2026-03-13T23:59:59+08:00",
            // Friday evening: the weekend does not count
            "2026-03-13T20:00:00+08:00, 1, 2026-03-16T23:59:59+08:00",
            // filed on a Saturday: Monday is the first working day after it
            "2026-03-14T09:00:00+08:00, 1, 2026-03-16T23:59:59+08:00",
            // the day is Beijing's: 17:30 UTC on Friday is already Saturday in Beijing
            "2026-03-13T17:30:00Z, 1, 2026-03-16T23:59:59+08:00",
            "2026-03-13T15:59:59Z, 1, 2026-03-16T23:59:59+08:00",
            "2026-03-12T16:00:00Z, 1, 2026-03-16T23:59:59+08:00",
            // New Year: Jan 1-3 off, Sunday Jan 4 worked (调休)
            "2025-12-31T12:00:00+08:00, 1, 2026-01-04T23:59:59+08:00",
            "2025-12-31T12:00:00+08:00, 2, 2026-01-05T23:59:59+08:00",
            // Spring Festival: Saturday Feb 14 worked, Feb 15-23 off, Saturday Feb 28 worked
            "2026-02-13T18:30:00+08:00, 1, 2026-02-14T23:59:59+08:00",
            "2026-02-13T18:30:00+08:00, 2, 2026-02-24T23:59:59+08:00",
            "2026-02-13T18:30:00+08:00, 3, 2026-02-25T23:59:59+08:00",
            "2026-02-26T10:00:00+08:00, 2, 2026-02-28T23:59:59+08:00",
            "2026-02-16T10:00:00+08:00, 1, 2026-02-24T23:59:59+08:00",
            // Qingming: Apr 4-6 off (Sat-Mon)
            "2026-04-03T10:00:00+08:00, 1, 2026-04-07T23:59:59+08:00",
            // Labour Day: May 1-5 off, Saturday May 9 worked
            "2026-04-30T10:00:00+08:00, 3, 2026-05-08T23:59:59+08:00",
            "2026-04-30T10:00:00+08:00, 4, 2026-05-09T23:59:59+08:00",
            // National Day and Mid-Autumn: Sunday Sep 20 worked, Sep 25-27 and Oct 1-7 off, Saturday Oct 10 worked
            "2026-09-18T10:00:00+08:00, 1, 2026-09-20T23:59:59+08:00",
            "2026-09-30T10:00:00+08:00, 1, 2026-10-08T23:59:59+08:00",
            "2026-09-30T10:00:00+08:00, 3, 2026-10-10T23:59:59+08:00",
            // a complaint's 13 working days across the Spring Festival
            "2026-02-10T09:00:00+08:00, 13, 2026-03-05T23:59:59+08:00",
        })
        void endAtTheLastSecondOfTheNthWorkingDayAfterTheDayOfSubmission(
                OffsetDateTime submitted, int workingDays, OffsetDateTime expected) {
            OffsetDateTime deadline = Deadlines.afterWorkingDays(submitted.toInstant(), workingDays, CALENDAR_2026);

            assertThat(deadline).isEqualTo(expected);
            assertThat(deadline.getOffset().getId()).isEqualTo("+08:00");
        }

        @Test
        void aYearWithoutRowsCountsWeekdays() {
            assertThat(Deadlines.afterWorkingDays(
                            Instant.parse("2030-01-04T02:00:00Z"), 1, new WorkingCalendar(Map.of(), Set.of())))
                    .isEqualTo(OffsetDateTime.parse("2030-01-07T23:59:59+08:00"));
        }

        @Test
        void aCountIsFinalOnlyThroughEnteredYears() {
            assertThat(CALENDAR_2026.enteredThrough(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-12-31")))
                    .isTrue();
            assertThat(CALENDAR_2026.enteredThrough(LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-06")))
                    .isFalse();
            assertThat(CALENDAR_2026.enteredThrough(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-01-04")))
                    .isFalse();
        }

        @Test
        void zeroWorkingDaysIsNoDeadline() {
            assertThatThrownBy(() -> Deadlines.afterWorkingDays(Instant.now(), 0, CALENDAR_2026))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Hours {

        @Test
        void areWallClockHoursThroughHolidaysAndWeekends() {
            assertThat(Deadlines.afterHours(Instant.parse("2026-02-15T01:30:00Z"), 24))
                    .isEqualTo(OffsetDateTime.parse("2026-02-16T09:30:00+08:00"));
            assertThat(Deadlines.afterHours(Instant.parse("2026-10-01T00:00:00+08:00"), 2))
                    .isEqualTo(OffsetDateTime.parse("2026-10-01T02:00:00+08:00"));
        }

        @Test
        void areAnsweredInBeijingTime() {
            assertThat(Deadlines.afterHours(Instant.parse("2026-03-01T20:00:00Z"), 2)
                            .getOffset()
                            .getId())
                    .isEqualTo("+08:00");
        }
    }

    @Nested
    class WaitingForTheResident {

        @ParameterizedTest(name = "waiting {0} → {1}: {2} working days given back")
        @CsvSource({
            // asked and answered the same day: nothing given back
            "2026-03-10T09:00:00+08:00, 2026-03-10T17:00:00+08:00, 0",
            // Monday to Wednesday: Tuesday and Wednesday began while it waited
            "2026-03-09T16:00:00+08:00, 2026-03-11T09:00:00+08:00, 2",
            // Friday to Monday: the weekend is no working day, Monday is
            "2026-03-13T16:00:00+08:00, 2026-03-16T09:00:00+08:00, 1",
            // across the Spring Festival: Feb 14 (调休) and Feb 24 only
            "2026-02-13T10:00:00+08:00, 2026-02-24T10:00:00+08:00, 2",
            // the day is Beijing's: 16:30 UTC on the 10th is already the 11th
            "2026-03-10T01:00:00Z, 2026-03-10T16:30:00Z, 1",
        })
        void givesBackTheWorkingDaysThatBeganWhileItWaited(OffsetDateTime from, OffsetDateTime to, int givenBack) {
            assertThat(Deadlines.workingDaysBegunBetween(from.toInstant(), to.toInstant(), CALENDAR_2026))
                    .isEqualTo(givenBack);
        }
    }

    @Test
    void makeUpDaysWorkAndHolidaysRestWhateverTheirWeekday() {
        assertThat(CALENDAR_2026.isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue(); // Saturday, 调休
        assertThat(CALENDAR_2026.isWorkingDay(LocalDate.parse("2026-02-23"))).isFalse(); // Monday, 春节
        assertThat(CALENDAR_2026.isWorkingDay(LocalDate.parse("2026-03-07"))).isFalse(); // plain Saturday
        assertThat(CALENDAR_2026.isWorkingDay(LocalDate.parse("2026-03-09"))).isTrue(); // plain Monday
    }
}
