package org.linli.requests.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.linli.platform.error.DomainException;
import org.linli.requests.deadline.Deadlines;

/**
 * The Beijing calendar days a statistic counts, both included: 12345 and the communities count days in Beijing time,
 * wherever the servers run. At most {@link #MAX_DAYS} days, so a leap year fits and a query never scans years.
 */
record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    static Period of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw DomainException.invalid("statistics.period-reversed", "to", "to must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw DomainException.invalid(
                    "statistics.period-too-long",
                    "to",
                    "a period is at most " + MAX_DAYS + " days, from and to included");
        }
        return new Period(from, to);
    }

    /** The first instant of the first day. */
    Instant start() {
        return from.atStartOfDay(Deadlines.BEIJING).toInstant();
    }

    /** The first instant after the last day: the period is [start, end). */
    Instant end() {
        return to.plusDays(1).atStartOfDay(Deadlines.BEIJING).toInstant();
    }
}
