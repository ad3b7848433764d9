package org.linli.requests.deadline;

/** An administrator entered (or corrected) a year of the calendar: deadlines counted through it may move. */
public record CalendarChanged(int year) {}
