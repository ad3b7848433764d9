package org.linli.requests.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Which days are working days (工作日): Monday to Friday, except the holidays, plus the weekend days worked
 * to make up for them (调休). Only the exceptions are stored; a year nobody entered counts weekdays.
 */
public record WorkingCalendar(Map<LocalDate, DayKind> exceptions) {

    public WorkingCalendar {
        exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind exception = exceptions.get(day);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
