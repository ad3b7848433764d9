package org.linli.requests.deadline;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.linli.requests.triage.Sla;
import org.linli.requests.triage.SlaUnit;
import org.springframework.stereotype.Service;

/**
 * Deadlines on the calendar administrators maintain (tables {@code calendar_day} and {@code calendar_year}).
 * The calendar is a few dozen rows a year and is read on every submission, so each instance keeps it for
 * {@link #KEPT_FOR}: a change made on another instance applies here within that time, one made here at once.
 */
@Service
public class DeadlineCalculator {

    static final Duration KEPT_FOR = Duration.ofSeconds(30);

    private final CalendarDayMapper days;
    private final CalendarYearMapper years;
    private final LoadingCache<Boolean, WorkingCalendar> calendar;

    DeadlineCalculator(CalendarDayMapper days, CalendarYearMapper years) {
        this.days = days;
        this.years = years;
        this.calendar = Caffeine.newBuilder().expireAfterWrite(KEPT_FOR).build(any -> load());
    }

    public DueDates dueDates(DeadlineBasis basis) {
        WorkingCalendar calendar = calendar();
        Instant response = due(basis.submitted(), basis.terms().response(), 0, 0, calendar);
        Instant resolution = due(
                basis.submitted(),
                basis.terms().resolution(),
                basis.pausedWorkingDays(),
                basis.pausedSeconds(),
                calendar);
        boolean provisional = !calendar.enteredThrough(Deadlines.day(basis.submitted()), Deadlines.day(resolution));
        return new DueDates(response, resolution, provisional);
    }

    /** The working days that began while a request waited for its resident (see {@link Deadlines}). */
    public int workingDaysBegunBetween(Instant from, Instant to) {
        return Deadlines.workingDaysBegunBetween(from, to, calendar());
    }

    public OffsetDateTime afterWorkingDays(Instant submitted, int workingDays) {
        return Deadlines.afterWorkingDays(submitted, workingDays, calendar());
    }

    public OffsetDateTime afterHours(Instant submitted, int hours) {
        return Deadlines.afterHours(submitted, hours);
    }

    /** Whether the working days from {@code submitted} to {@code deadline} are counted on an entered calendar. */
    public boolean isFinal(Instant submitted, OffsetDateTime deadline) {
        return calendar().enteredThrough(Deadlines.day(submitted), deadline.toLocalDate());
    }

    /** Forgets the kept calendar, after this instance changed it. */
    void forget() {
        calendar.invalidateAll();
    }

    private static Instant due(
            Instant submitted, Sla sla, int pausedWorkingDays, long pausedSeconds, WorkingCalendar calendar) {
        if (sla.unit() == SlaUnit.HOURS) {
            return Deadlines.afterHours(submitted, sla.amount()).toInstant().plusSeconds(pausedSeconds);
        }
        return Deadlines.afterWorkingDays(submitted, sla.amount() + pausedWorkingDays, calendar)
                .toInstant();
    }

    private WorkingCalendar calendar() {
        return calendar.get(Boolean.TRUE);
    }

    private WorkingCalendar load() {
        return new WorkingCalendar(
                days.selectList(null).stream().collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind)),
                new HashSet<>(years.selectList(null).stream()
                        .map(CalendarYear::getYear)
                        .toList()));
    }
}
