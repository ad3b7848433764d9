package org.linli.requests.request;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the loop runs ({@code linli.requests.*}).
 *
 * @param confirmationPeriod how long a resident has to confirm or reopen a resolution before it closes itself
 * @param escalateEvery while a request stays overdue, how long after one escalation the next one comes
 * @param longestWarning the most warning a handler gets before a deadline; shorter limits warn a quarter of
 *     their span ahead (30 minutes before a 2-hour limit)
 * @param reminderTime the Beijing time of day of the reminder the day after a missed deadline
 * @param watchInterval how often the deadline job looks for what is due
 * @param watchBatch how many due requests one pass of the job takes (and locks) at a time
 * @param dispatchRetry how often requests waiting for svc-organization (to be placed or dispatched) are tried
 * @param jobsEnabled whether this instance runs the deadline and dispatch jobs by itself (integration tests run
 *     their passes by hand, with a moved clock)
 */
@ConfigurationProperties("linli.requests")
public record RequestsProperties(
        @DefaultValue("7d") Duration confirmationPeriod,
        @DefaultValue("1d") Duration escalateEvery,
        @DefaultValue("24h") Duration longestWarning,
        @DefaultValue("09:00") LocalTime reminderTime,
        @DefaultValue("30s") Duration watchInterval,
        @DefaultValue("200") int watchBatch,
        @DefaultValue("30s") Duration dispatchRetry,
        @DefaultValue("true") boolean jobsEnabled) {}
