package org.linli.requests.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * SLA arithmetic (办理时限). "N working days" ends at 23:59:59 Beijing time of the Nth working day after the
 * day of submission, so a request filed on Friday evening or on a holiday loses none of its days; "N
 * hours" is wall-clock time, holidays or not (emergencies do not wait for Monday). Answers carry the
 * +08:00 offset, whatever the server's zone.
 */
public final class Deadlines {

    /** 12345 and the communities count days in Beijing time, wherever the servers run. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private Deadlines() {}

    public static OffsetDateTime afterWorkingDays(Instant submitted, int workingDays, WorkingCalendar calendar) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        return endOf(nthWorkingDayAfter(day(submitted), workingDays, calendar));
    }

    public static OffsetDateTime afterHours(Instant submitted, int hours) {
        if (hours < 1) {
            throw new IllegalArgumentException("hours must be at least 1, was " + hours);
        }
        // to the second: a deadline shown as 11:30:00.437 helps nobody
        return submitted
                .plus(Duration.ofHours(hours))
                .truncatedTo(ChronoUnit.SECONDS)
                .atZone(BEIJING)
                .toOffsetDateTime();
    }

    /**
     * The working days that began while a request waited from {@code from} to {@code to}: those after the
     * day it started waiting, up to and including the day it resumed. A pause within one day gives none
     * back; one from Monday to Wednesday gives back Tuesday and Wednesday.
     */
    public static int workingDaysBegunBetween(Instant from, Instant to, WorkingCalendar calendar) {
        int begun = 0;
        for (LocalDate day = day(from).plusDays(1); !day.isAfter(day(to)); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                begun++;
            }
        }
        return begun;
    }

    /** An instant as clients are shown it: Beijing time to the second, with its +08:00 offset. */
    public static OffsetDateTime inBeijing(Instant instant) {
        return instant == null
                ? null
                : instant.truncatedTo(ChronoUnit.SECONDS).atZone(BEIJING).toOffsetDateTime();
    }

    /** The Beijing calendar day an instant falls on. */
    public static LocalDate day(Instant instant) {
        return instant.atZone(BEIJING).toLocalDate();
    }

    private static LocalDate nthWorkingDayAfter(LocalDate start, int n, WorkingCalendar calendar) {
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static OffsetDateTime endOf(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(BEIJING).toOffsetDateTime();
    }
}
