package org.linli.requests.deadline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Deadlines on the calendar administrators maintain (the table {@code calendar_day}). */
@Service
public class DeadlineCalculator {

    private final CalendarDayMapper days;

    DeadlineCalculator(CalendarDayMapper days) {
        this.days = days;
    }

    public OffsetDateTime afterWorkingDays(Instant submitted, int workingDays) {
        return Deadlines.afterWorkingDays(submitted, workingDays, calendarFrom(submitted));
    }

    public OffsetDateTime afterHours(Instant submitted, int hours) {
        return Deadlines.afterHours(submitted, hours);
    }

    private WorkingCalendar calendarFrom(Instant submitted) {
        return new WorkingCalendar(
                days.selectFrom(submitted.atZone(Deadlines.BEIJING).toLocalDate()).stream()
                        .collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind)));
    }
}
