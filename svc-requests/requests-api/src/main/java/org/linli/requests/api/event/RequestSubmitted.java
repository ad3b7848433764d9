package org.linli.requests.api.event;

import java.time.LocalDateTime;

/**
 * A resident request was filed (诉求受理前). Published on {@code linli:events:requests} with type {@link #TYPE},
 * schema {@link #SCHEMA_VERSION}. It carries no text and no name: consumers that need them ask
 * svc-requests with their own rights.
 *
 * @param category the request's category (PARKING, NOISE ...)
 * @param channel how it came in (MINI_PROGRAM, PHONE, WALK_IN, GRID_PATROL, HOME_VISIT)
 * @param householdId the home it concerns, or null when it concerns a place in the compound
 * @param submitterAccountId the resident's account, whom notifications about it go to
 * @param scopePath the org path of the place, or null while the place is not yet known
 * @param submittedAt svc-requests' local time
 */
public record RequestSubmitted(
        long requestId,
        String category,
        String channel,
        Long householdId,
        long submitterAccountId,
        boolean anonymous,
        String scopePath,
        LocalDateTime submittedAt) {
    public static final String TYPE = "requests.request-submitted";
    public static final int SCHEMA_VERSION = 1;
}
