package org.linli.requests.triage;

/** How an SLA's amount is counted: wall-clock hours, or working days on the calendar (工作日). */
public enum SlaUnit {
    HOURS,
    WORKING_DAYS
}
