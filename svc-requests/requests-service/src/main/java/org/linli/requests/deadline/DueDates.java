package org.linli.requests.deadline;

import java.time.Instant;

/**
 * A request's deadlines: to respond and to resolve.
 *
 * @param provisional counted through a year whose holidays nobody has entered yet (weekdays only): counted
 *     again when an administrator enters the year
 */
public record DueDates(Instant response, Instant resolution, boolean provisional) {}
