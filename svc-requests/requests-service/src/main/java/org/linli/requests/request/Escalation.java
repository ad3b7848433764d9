package org.linli.requests.request;

import java.time.Instant;

/**
 * One level up (四级联动): the request leaves its handler and waits, ESCALATED, for the dispatchers of the
 * level above, who reassign it or handle it. Its deadlines stay: escalation does not buy time.
 */
final class Escalation {

    private Escalation() {}

    static void up(ResidentRequest request, Instant now) {
        Level from = RequestAccess.answeringLevel(request);
        request.setLevel(from.up());
        request.setEscalatedAt(now);
        request.setDispatchPending(false);
        DispatchTarget.clear(request);
    }
}
