package org.linli.requests.deadline;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.linli.platform.error.DomainException;
import org.linli.platform.error.FieldProblem;
import org.linli.platform.security.Caller;
import org.linli.requests.deadline.dto.CalendarDayEntry;
import org.linli.requests.deadline.dto.CalendarYearView;
import org.linli.requests.deadline.dto.EnterCalendarYear;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** 工作日历: administrators enter each year's holidays and make-up days; everyone else reads them. */
@Service
public class WorkingCalendarAdmin {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final CalendarDayMapper days;
    private final CalendarYearMapper years;
    private final DeadlineCalculator calculator;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkingCalendarAdmin(
            CalendarDayMapper days,
            CalendarYearMapper years,
            DeadlineCalculator calculator,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.days = days;
        this.years = years;
        this.calculator = calculator;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    public CalendarYearView year(int year) {
        checkYear(year);
        return new CalendarYearView(
                year,
                years.selectById(year) != null,
                days.selectYear(year).stream()
                        .map(day -> new CalendarDayEntry(day.getDay(), day.getKind(), day.getName()))
                        .toList());
    }

    /**
     * Replaces the year's exceptions and marks it entered, in one transaction; then deadlines that were
     * provisional are counted again ({@link CalendarChanged}, after the commit).
     */
    public CalendarYearView enter(Caller caller, int year, EnterCalendarYear command) {
        checkYear(year);
        check(year, command.days());
        transaction.executeWithoutResult(status -> {
            days.deleteYear(year);
            for (CalendarDayEntry entry : command.days()) {
                CalendarDay day = new CalendarDay();
                day.setDay(entry.day());
                day.setKind(entry.kind());
                day.setName(entry.name().strip());
                days.insert(day);
            }
            CalendarYear entered = new CalendarYear();
            entered.setYear(year);
            entered.setEnteredAt(clock.instant());
            entered.setEnteredBy(caller.accountId());
            if (years.updateById(entered) == 0) {
                years.insert(entered);
            }
        });
        calculator.forget();
        events.publishEvent(new CalendarChanged(year));
        return year(year);
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalid(
                    "calendar.year-out-of-range", "year", "a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    private static void check(int year, List<CalendarDayEntry> entries) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            CalendarDayEntry entry = entries.get(i);
            String field = "days[" + i + "].day";
            if (entry.day().getYear() != year) {
                problems.add(new FieldProblem(field, entry.day() + " is not in " + year));
            } else if (!seen.add(entry.day())) {
                problems.add(new FieldProblem(field, entry.day() + " is listed twice"));
            } else if (entry.kind() == DayKind.WORKDAY && !isWeekend(entry.day())) {
                problems.add(new FieldProblem(
                        field, entry.day() + " is a weekday, a working day already: a make-up day is a weekend day"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "calendar.invalid-days",
                    "Some days cannot be entered as given; `errors` names each.",
                    problems);
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
