package org.linli.requests.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Which days are working days (工作日): Monday to Friday, except the holidays, plus the weekend days worked
 * to make up for them (调休). Only the exceptions are stored. A year nobody has entered yet counts weekdays,
 * and what is counted through it is provisional ({@link #enteredThrough}).
 *
 * @param exceptions the holidays and make-up days
 * @param enteredYears the years whose exceptions an administrator has entered
 */
public record WorkingCalendar(Map<LocalDate, DayKind> exceptions, Set<Integer> enteredYears) {

    public WorkingCalendar {
        exceptions = Map.copyOf(exceptions);
        enteredYears = Set.copyOf(enteredYears);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind exception = exceptions.get(day);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether every year from {@code from} to {@code to} is entered, so that a count between them is final. */
    public boolean enteredThrough(LocalDate from, LocalDate to) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!enteredYears.contains(year)) {
                return false;
            }
        }
        return true;
    }
}
