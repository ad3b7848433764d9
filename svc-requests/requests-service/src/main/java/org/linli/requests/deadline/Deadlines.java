package org.linli.requests.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

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
        LocalDate day = submitted.atZone(BEIJING).toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day.atTime(END_OF_DAY).atZone(BEIJING).toOffsetDateTime();
    }

    public static OffsetDateTime afterHours(Instant submitted, int hours) {
        if (hours < 1) {
            throw new IllegalArgumentException("hours must be at least 1, was " + hours);
        }
        return submitted.plus(Duration.ofHours(hours)).atZone(BEIJING).toOffsetDateTime();
    }
}
