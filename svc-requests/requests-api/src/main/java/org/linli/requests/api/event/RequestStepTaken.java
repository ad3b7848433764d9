package org.linli.requests.api.event;

import java.time.Instant;

/**
 * Something happened to a resident request after it was filed: a lifecycle step (accepted, assigned, resolved,
 * escalated, ...) or a remark that leaves its status (urgency changed, the resident asked or answering, a deadline
 * warning, the reminder after a missed deadline). Published on {@code linli:events:requests} with type
 * {@link #TYPE}, schema {@link #SCHEMA_VERSION}: one type for everything, so that notifications and statistics
 * follow the loop without a new subscription per step. It carries no reason and no text: consumers that need
 * them ask svc-requests with their own rights.
 *
 * @param kind REQUEST, or MICRO_WISH (svc-volunteer counts a fulfilled wish's hours)
 * @param action what happened (ACCEPT, ASSIGN, RESOLVE, DEADLINE_WARNING ...)
 * @param statusBefore where the request stood before it
 * @param statusAfter where it left it (the same for a remark)
 * @param actorAccountId who did it: a staff member, the handler, the resident; 0 for svc-requests itself
 * @param submitterAccountId the resident's account, whom notifications about it go to; null when staff recorded
 *     it for someone without an account
 * @param scopePath the org path of the place, or null while the place is not yet known
 * @param level who answers for it now: BUILDING, COMPOUND, COMMUNITY, STREET or DISTRICT
 * @param handlerKind PARTY_MEMBER, PROPERTY, ORG_UNIT or VOLUNTEERS once dispatched; else null
 * @param handlerRef the party member, property company (compound party) or org unit it is dispatched to
 * @param handlerPersonId for a party member, their person (whom to notify)
 * @param handlerPath the org path of the unit whose staff handle it
 * @param occurredAt when, as an instant
 */
public record RequestStepTaken(
        long requestId,
        String kind,
        String action,
        String statusBefore,
        String statusAfter,
        long actorAccountId,
        Long submitterAccountId,
        String scopePath,
        String level,
        String handlerKind,
        Long handlerRef,
        Long handlerPersonId,
        String handlerPath,
        Instant occurredAt) {
    public static final String TYPE = "requests.request-step-taken";
    /** 2: occurredAt became an instant (it was the service's local time), submitterAccountId may be null. */
    public static final int SCHEMA_VERSION = 2;
}
