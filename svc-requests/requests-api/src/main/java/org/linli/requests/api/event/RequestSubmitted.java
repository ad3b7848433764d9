package org.linli.requests.api.event;

import java.time.Instant;

/**
 * A resident request was filed (诉求受理前), by the resident or by staff on their behalf. Published on
 * {@code linli:events:requests} with type {@link #TYPE}, schema {@link #SCHEMA_VERSION}. It carries no text and
 * no name: consumers that need them ask svc-requests with their own rights.
 *
 * @param kind REQUEST, or MICRO_WISH
 * @param category the request's category (PARKING, NOISE ...)
 * @param urgency CRITICAL, URGENT, NORMAL or COMPLEX
 * @param channel how it came in (MINI_PROGRAM, PHONE, WALK_IN, GRID_PATROL, HOME_VISIT)
 * @param householdId the home it concerns or was filed from; null when staff found it on patrol
 * @param submitterAccountId the resident's account, whom notifications about it go to; null when staff recorded
 *     it for someone without an account
 * @param scopePath the org path of the place, or null while the place is not yet known
 * @param resolutionDueAt by when it must be resolved
 * @param submittedAt when, as an instant
 */
public record RequestSubmitted(
        long requestId,
        String kind,
        String category,
        String urgency,
        String channel,
        Long householdId,
        Long submitterAccountId,
        boolean anonymous,
        String scopePath,
        Instant resolutionDueAt,
        Instant submittedAt) {
    public static final String TYPE = "requests.request-submitted";
    /** 2: times became instants (they were the service's local time), urgency and the deadline were added. */
    public static final int SCHEMA_VERSION = 2;
}
