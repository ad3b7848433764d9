package org.linli.requests.request;

import static org.linli.requests.request.RequestAction.ACCEPT;
import static org.linli.requests.request.RequestAction.ASSIGN;
import static org.linli.requests.request.RequestAction.CLOSE;
import static org.linli.requests.request.RequestAction.ESCALATE;
import static org.linli.requests.request.RequestAction.MERGE;
import static org.linli.requests.request.RequestAction.REJECT;
import static org.linli.requests.request.RequestAction.REOPEN;
import static org.linli.requests.request.RequestAction.RESOLVE;
import static org.linli.requests.request.RequestAction.SEND_BACK;
import static org.linli.requests.request.RequestAction.START;
import static org.linli.requests.request.RequestAction.WITHDRAW;
import static org.linli.requests.request.RequestStatus.ACCEPTED;
import static org.linli.requests.request.RequestStatus.ASSIGNED;
import static org.linli.requests.request.RequestStatus.CLOSED;
import static org.linli.requests.request.RequestStatus.ESCALATED;
import static org.linli.requests.request.RequestStatus.IN_PROGRESS;
import static org.linli.requests.request.RequestStatus.MERGED;
import static org.linli.requests.request.RequestStatus.REJECTED;
import static org.linli.requests.request.RequestStatus.REOPENED;
import static org.linli.requests.request.RequestStatus.RESOLVED;
import static org.linli.requests.request.RequestStatus.RETURNED;
import static org.linli.requests.request.RequestStatus.SUBMITTED;
import static org.linli.requests.request.RequestStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.linli.platform.error.DomainException;

/**
 * 诉求的闭环: the one table of which step may be taken from which status. Anything not in it is refused
 * (409 {@code resident-request.transition-not-allowed}). {@link RequestAction#SUBMIT} creates a request in
 * {@code SUBMITTED} and is no transition.
 *
 * <pre>
 * from          ACCEPT    REJECT*   MERGE     ASSIGN    START        SEND_BACK* ESCALATE  RESOLVE   REOPEN*   CLOSE     WITHDRAW
 * SUBMITTED     ACCEPTED  REJECTED  MERGED    -         -            -          -         -         -         -         WITHDRAWN
 * ACCEPTED      -         REJECTED  MERGED    ASSIGNED  -            -          ESCALATED -         -         -         WITHDRAWN
 * ASSIGNED      -         -         -         ASSIGNED  IN_PROGRESS  RETURNED   ESCALATED -         -         -         WITHDRAWN
 * IN_PROGRESS   -         -         -         ASSIGNED  -            RETURNED   ESCALATED RESOLVED  -         -         WITHDRAWN
 * RETURNED      -         REJECTED  MERGED    ASSIGNED  -            -          ESCALATED -         -         -         WITHDRAWN
 * ESCALATED     -         REJECTED  MERGED    ASSIGNED  -            -          ESCALATED -         -         -         WITHDRAWN
 * REOPENED      -         -         -         ASSIGNED  IN_PROGRESS  -          ESCALATED -         -         -         WITHDRAWN
 * RESOLVED      -         -         -         -         -            -          -         -         REOPENED  CLOSED    -
 * CLOSED, REJECTED, MERGED, WITHDRAWN: final, nothing leaves them.       (* a reason is required)
 * </pre>
 *
 * Why these and not others:
 * <ul>
 *   <li>Triage (accept, reject, merge) happens before work starts, and again when a request comes back
 *       to a dispatcher (returned, escalated): a handler who has it cannot make it disappear.
 *   <li>ASSIGN from ASSIGNED or IN_PROGRESS is a reassignment; the request keeps its deadline
 *       (deadlines survive reassignment, send-back and escalation; they live beside the status, not in it).
 *   <li>ESCALATED → ESCALATED is the next level up: an escalated request that is overdue again climbs on.
 *   <li>REOPENED ("not fixed") goes straight back to its handler (START) or to another (ASSIGN): redo
 *       is the handler's job, not a new triage.
 *   <li>Closed is final: the resident had the confirmation days to reopen; a new problem is a new request.
 *   <li>The resident may withdraw until it is resolved; after that, confirming or reopening is their say.
 * </ul>
 * Who may take which step (the resident: WITHDRAW, REOPEN, CLOSE by confirming; staff the rest) is the
 * use case's business, not this table's.
 */
public final class RequestLifecycle {

    private static final Map<RequestStatus, Map<RequestAction, RequestStatus>> TRANSITIONS =
            new EnumMap<>(RequestStatus.class);

    static {
        allow(SUBMITTED, ACCEPT, ACCEPTED);
        allow(SUBMITTED, REJECT, REJECTED);
        allow(SUBMITTED, MERGE, MERGED);
        allow(SUBMITTED, WITHDRAW, WITHDRAWN);

        allow(ACCEPTED, REJECT, REJECTED);
        allow(ACCEPTED, MERGE, MERGED);
        allow(ACCEPTED, ASSIGN, ASSIGNED);
        allow(ACCEPTED, ESCALATE, ESCALATED);
        allow(ACCEPTED, WITHDRAW, WITHDRAWN);

        allow(ASSIGNED, ASSIGN, ASSIGNED);
        allow(ASSIGNED, START, IN_PROGRESS);
        allow(ASSIGNED, SEND_BACK, RETURNED);
        allow(ASSIGNED, ESCALATE, ESCALATED);
        allow(ASSIGNED, WITHDRAW, WITHDRAWN);

        allow(IN_PROGRESS, ASSIGN, ASSIGNED);
        allow(IN_PROGRESS, SEND_BACK, RETURNED);
        allow(IN_PROGRESS, ESCALATE, ESCALATED);
        allow(IN_PROGRESS, RESOLVE, RESOLVED);
        allow(IN_PROGRESS, WITHDRAW, WITHDRAWN);

        for (RequestStatus backAtTheDispatcher : new RequestStatus[] {RETURNED, ESCALATED}) {
            allow(backAtTheDispatcher, REJECT, REJECTED);
            allow(backAtTheDispatcher, MERGE, MERGED);
            allow(backAtTheDispatcher, ASSIGN, ASSIGNED);
            allow(backAtTheDispatcher, ESCALATE, ESCALATED);
            allow(backAtTheDispatcher, WITHDRAW, WITHDRAWN);
        }

        allow(REOPENED, ASSIGN, ASSIGNED);
        allow(REOPENED, START, IN_PROGRESS);
        allow(REOPENED, ESCALATE, ESCALATED);
        allow(REOPENED, WITHDRAW, WITHDRAWN);

        allow(RESOLVED, REOPEN, REOPENED);
        allow(RESOLVED, CLOSE, CLOSED);
    }

    private RequestLifecycle() {}

    private static void allow(RequestStatus from, RequestAction action, RequestStatus to) {
        TRANSITIONS
                .computeIfAbsent(from, any -> new EnumMap<>(RequestAction.class))
                .put(action, to);
    }

    /** Where {@code action} takes a request in {@code from}, or empty when the table does not allow it. */
    public static Optional<RequestStatus> target(RequestStatus from, RequestAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(from, Map.of()).get(action));
    }

    /** The 409 for {@code action} on a request in {@code from}: someone moved it first, or it makes no sense there. */
    public static DomainException refused(RequestStatus from, RequestAction action) {
        return DomainException.conflict(
                "resident-request.transition-not-allowed",
                "A request that is " + from + " cannot be " + action + ": reload it to see where it stands.");
    }

    /**
     * Where {@code action} takes a request in {@code from}; 409 when the table does not allow it (someone
     * else moved it first, or the step makes no sense there), 422 when a reason is required and missing.
     */
    public static RequestStatus next(RequestStatus from, RequestAction action, String reason) {
        RequestStatus to = target(from, action).orElseThrow(() -> refused(from, action));
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            throw DomainException.invalid(
                    "resident-request.reason-required", "reason", action + " needs a reason the other side can act on");
        }
        return to;
    }
}
