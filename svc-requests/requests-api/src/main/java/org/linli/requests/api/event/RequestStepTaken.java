package org.linli.requests.api.event;

import java.time.LocalDateTime;

/**
 * Someone took a step on a resident request after filing it (accepted, rejected, withdrawn, ...). Published on
 * {@code linli:events:requests} with type {@link #TYPE}, schema {@link #SCHEMA_VERSION}: one type for every step,
 * so that notifications and statistics follow the loop without a new subscription per step. It carries no reason
 * and no text: consumers that need them ask svc-requests with their own rights.
 *
 * @param action the step (ACCEPT, REJECT, WITHDRAW ...)
 * @param statusBefore where the request stood before it
 * @param statusAfter where the step left it
 * @param actorAccountId who took it: a staff member, or the resident for their own steps
 * @param submitterAccountId the resident's account, whom notifications about it go to
 * @param scopePath the org path of the place, or null while the place is not yet known
 * @param occurredAt svc-requests' local time
 */
public record RequestStepTaken(
        long requestId,
        String action,
        String statusBefore,
        String statusAfter,
        long actorAccountId,
        long submitterAccountId,
        String scopePath,
        LocalDateTime occurredAt) {
    public static final String TYPE = "requests.request-step-taken";
    public static final int SCHEMA_VERSION = 1;
}
