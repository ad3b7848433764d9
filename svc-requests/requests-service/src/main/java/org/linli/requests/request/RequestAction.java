package org.linli.requests.request;

/**
 * What happens to a request, as its timeline shows it. The lifecycle's steps move it ({@link RequestLifecycle}
 * says from where each may be taken); the remarks after them record something without moving it.
 */
public enum RequestAction {
    /** The resident (or staff on their behalf) files it. */
    SUBMIT(Kind.STEP, false),
    /** Staff take it on after triage (受理). */
    ACCEPT(Kind.STEP, false),
    /** Staff refuse it (not a matter for the community, abusive, ...): the resident is told why. */
    REJECT(Kind.STEP, true),
    /** Staff fold it into an open request about the same thing; supporters carry over. */
    MERGE(Kind.STEP, false),
    /** Staff give it to a handler, or to another one (reassignment). */
    ASSIGN(Kind.STEP, false),
    /** The handler starts working on it. */
    START(Kind.STEP, false),
    /** The handler sends it back to the dispatcher: not theirs, or not doable as dispatched. */
    SEND_BACK(Kind.STEP, true),
    /** Up one level (building → compound → community → street → district), by hand or when overdue. */
    ESCALATE(Kind.STEP, false),
    /** The handler reports it fixed. */
    RESOLVE(Kind.STEP, false),
    /** The resident says "not fixed" (counts against the handler) and it goes back to work. */
    REOPEN(Kind.STEP, true),
    /** The resident confirms the resolution, or nobody objected within the confirmation days. */
    CLOSE(Kind.STEP, false),
    /** The resident takes it back before it is resolved. */
    WITHDRAW(Kind.STEP, false),

    /** Someone for the community wrote something down: for the resident too, or among staff only (internal). */
    NOTE(Kind.REMARK, true),
    /** Staff changed its urgency, and with it its deadlines. */
    URGENCY_CHANGED(Kind.REMARK, true),
    /** The handler asked the resident something: the clock stops until they answer. */
    RESIDENT_ASKED(Kind.REMARK, true),
    /** The resident answered: the clock runs again, with the waiting time given back. */
    RESIDENT_ANSWERED(Kind.REMARK, true),
    /** Accepted, but svc-organization could not say who handles it: dispatch completes when it answers. */
    DISPATCH_WAITING(Kind.REMARK, false),
    /** Its resolution deadline is near. */
    DEADLINE_WARNING(Kind.REMARK, false),
    /** The day after a missed deadline. */
    OVERDUE_REMINDER(Kind.REMARK, false),
    /** Its place became known (it was filed while svc-organization was away). */
    PLACED(Kind.REMARK, false),
    /** Another request about the same thing was merged into it; its resident and followers follow this one now. */
    MERGED_IN(Kind.REMARK, false);

    enum Kind {
        STEP,
        REMARK
    }

    private final Kind kind;
    private final boolean needsReason;

    RequestAction(Kind kind, boolean needsReason) {
        this.kind = kind;
        this.needsReason = needsReason;
    }

    /** A lifecycle step (it may move the request), rather than a remark on the timeline. */
    public boolean isStep() {
        return kind == Kind.STEP;
    }

    /** Whether it must say why (a step) or what (a remark): the other side acts on it. */
    public boolean needsReason() {
        return needsReason;
    }
}
