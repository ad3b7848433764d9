package org.linli.requests.request;

/** A step someone takes on a request; {@link RequestLifecycle} says from where it may be taken. */
public enum RequestAction {
    /** The resident (or staff on their behalf) files it. */
    SUBMIT(false),
    /** Staff take it on after triage (受理). */
    ACCEPT(false),
    /** Staff refuse it (not a matter for the community, abusive, ...): the resident is told why. */
    REJECT(true),
    /** Staff fold it into an open request about the same thing; supporters carry over. */
    MERGE(false),
    /** Staff give it to a handler, or to another one (reassignment). */
    ASSIGN(false),
    /** The handler starts working on it. */
    START(false),
    /** The handler sends it back to the dispatcher: not theirs, or not doable as dispatched. */
    SEND_BACK(true),
    /** Up one level (building → compound → community → street → district), by hand or when overdue. */
    ESCALATE(false),
    /** The handler reports it fixed. */
    RESOLVE(false),
    /** The resident says "not fixed" (counts against the handler) and it goes back to work. */
    REOPEN(true),
    /** The resident confirms the resolution, or nobody objected within the confirmation days. */
    CLOSE(false),
    /** The resident takes it back before it is resolved. */
    WITHDRAW(false);

    private final boolean needsReason;

    RequestAction(boolean needsReason) {
        this.needsReason = needsReason;
    }

    /** Whether this step must say why: the other side acts on the reason. */
    public boolean needsReason() {
        return needsReason;
    }
}
