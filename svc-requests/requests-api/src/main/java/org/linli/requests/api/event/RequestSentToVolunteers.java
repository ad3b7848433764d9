package org.linli.requests.api.event;

import java.time.Instant;

/**
 * A request was dispatched to the volunteers of its community, for svc-volunteer to turn into a service task
 * (its {@code RequestStepTaken} ASSIGN says the same for everyone else). Published on
 * {@code linli:events:requests} with type {@link #TYPE}, schema {@link #SCHEMA_VERSION}. No text and no
 * name: the task's organiser reads the request with their own rights.
 *
 * @param communityPath the org path of the community whose volunteers are asked
 * @param scopePath the org path of the place (household or compound) it concerns
 * @param resolutionDueAt by when it must be resolved: the task should end before
 */
public record RequestSentToVolunteers(
        long requestId,
        String category,
        String urgency,
        String communityPath,
        String scopePath,
        Instant resolutionDueAt,
        Instant sentAt) {
    public static final String TYPE = "requests.request-sent-to-volunteers";
    public static final int SCHEMA_VERSION = 1;
}
