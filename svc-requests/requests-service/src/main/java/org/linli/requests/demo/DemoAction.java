package org.linli.requests.demo;

import org.linli.requests.request.HandlerKind;
import org.linli.requests.request.RequestAction;

/**
 * A step of a demo story, as the use case that takes it: each maps to the lifecycle step it is (or to none, for
 * the remarks), so the generator can tell whether the request still stands where the story expects it.
 */
enum DemoAction {
    ACCEPT(RequestAction.ACCEPT, null),
    /** Accepted while svc-organization was away: dispatch pending. */
    ACCEPT_ORGANIZATION_AWAY(RequestAction.ACCEPT, null),
    /** To this kind of handler, unless the category's route gave it to one already. */
    ASSIGN_MEMBER(RequestAction.ASSIGN, HandlerKind.PARTY_MEMBER),
    ASSIGN_PROPERTY(RequestAction.ASSIGN, HandlerKind.PROPERTY),
    ASSIGN_COMMUNITY(RequestAction.ASSIGN, HandlerKind.ORG_UNIT),
    ASSIGN_VOLUNTEERS(RequestAction.ASSIGN, HandlerKind.VOLUNTEERS),
    /** Given to the community itself after its handler sent it back. */
    REASSIGN_TO_COMMUNITY(RequestAction.ASSIGN, HandlerKind.ORG_UNIT),
    /** Dispatched again by the category's route, by the level it was escalated to. */
    REDISPATCH(RequestAction.ASSIGN, null),
    START(RequestAction.START, null),
    ASK(RequestAction.RESIDENT_ASKED, null),
    ANSWER(RequestAction.RESIDENT_ANSWERED, null),
    SEND_BACK(RequestAction.SEND_BACK, null),
    ESCALATE(RequestAction.ESCALATE, null),
    RESOLVE(RequestAction.RESOLVE, null),
    /** The resident confirms and rates; for a request staff recorded, staff record it from the follow-up call. */
    CONFIRM(RequestAction.CLOSE, null),
    REOPEN(RequestAction.REOPEN, null),
    REJECT(RequestAction.REJECT, null),
    /** Folded into an open request about the same thing in its compound. */
    MERGE(RequestAction.MERGE, null),
    WITHDRAW(RequestAction.WITHDRAW, null),
    RAISE_URGENCY(RequestAction.URGENCY_CHANGED, null);

    private final RequestAction action;
    private final HandlerKind to;

    DemoAction(RequestAction action, HandlerKind to) {
        this.action = action;
        this.to = to;
    }

    RequestAction action() {
        return action;
    }

    /** For an assignment: the kind of handler it names; null for the category's route. */
    HandlerKind to() {
        return to;
    }
}
