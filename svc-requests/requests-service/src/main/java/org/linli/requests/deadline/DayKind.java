package org.linli.requests.deadline;

/** How a day of the calendar table differs from the usual week. */
public enum DayKind {
    /** A public holiday: nobody works, even on a weekday. */
    HOLIDAY,
    /** A weekend day worked to make up for a holiday (调休). */
    WORKDAY
}
