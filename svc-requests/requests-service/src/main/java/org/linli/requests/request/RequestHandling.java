package org.linli.requests.request;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.RequestView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 办理: the handler (or a dispatcher whose unit answers for it) starts the work, asks the resident something
 * (the clock stops until they answer), sends it back when it is not theirs, or resolves it; a dispatcher may
 * also send it up a level (上报). Each is one step on the timeline.
 */
@Service
public class RequestHandling {

    /** Where the work stands still while the community waits for the resident's answer. */
    private static final Set<RequestStatus> MAY_WAIT = EnumSet.of(
            RequestStatus.ACCEPTED,
            RequestStatus.ASSIGNED,
            RequestStatus.IN_PROGRESS,
            RequestStatus.RETURNED,
            RequestStatus.ESCALATED,
            RequestStatus.REOPENED);

    private final RequestLoader loader;
    private final RequestSteps steps;
    private final RequestDeadlines deadlines;
    private final RequestViews views;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RequestHandling(
            RequestLoader loader,
            RequestSteps steps,
            RequestDeadlines deadlines,
            RequestViews views,
            TransactionTemplate transaction,
            Clock clock) {
        this.loader = loader;
        this.steps = steps;
        this.deadlines = deadlines;
        this.views = views;
        this.transaction = transaction;
        this.clock = clock;
    }

    public RequestView start(Caller caller, long id) {
        return work(caller, id, request -> steps.take(caller.accountId(), request, RequestAction.START, null));
    }

    /** The resolution note goes on the public timeline: the resident reads what was done. */
    public RequestView resolve(Caller caller, long id, String note) {
        return work(caller, id, request -> {
            request.setResolvedAt(clock.instant());
            steps.take(caller.accountId(), request, RequestAction.RESOLVE, note);
        });
    }

    /**
     * Back to the dispatcher, saying why (not theirs, not doable as dispatched): the handler lets go, and the
     * level that dispatched it (the community, or higher after an escalation) decides again.
     */
    public RequestView sendBack(Caller caller, long id, String reason) {
        return work(caller, id, request -> {
            RequestLifecycle.next(request.getStatus(), RequestAction.SEND_BACK, reason);
            DispatchTarget.clear(request);
            if (request.getLevel() == Level.BUILDING || request.getLevel() == Level.COMPOUND) {
                request.setLevel(Level.COMMUNITY);
            }
            steps.take(caller.accountId(), request, RequestAction.SEND_BACK, reason);
        });
    }

    /** 上报: a dispatcher sends it one level up by hand, saying why; the level above decides what happens next. */
    public RequestView escalate(Caller caller, long id, String reason) {
        return transaction.execute(status -> {
            ResidentRequest request = loader.forDispatch(caller, id);
            if (RequestAccess.answeringLevel(request).isTop()) {
                throw DomainException.conflict(
                        "resident-request.top-level", "The district answers for it already: there is no level above.");
            }
            Escalation.up(request, clock.instant());
            steps.take(caller.accountId(), request, RequestAction.ESCALATE, reason);
            return views.withTimeline(caller, request);
        });
    }

    /**
     * A note from staff of the place or its handler: on the resident's timeline, or internal (among staff and the
     * handler). It moves nothing, so a final request takes notes too (a follow-up written down later).
     */
    public RequestView note(Caller caller, long id, String note, boolean internal) {
        return transaction.execute(status -> {
            ResidentRequest request = loader.visible(caller, id);
            if (!RequestAccess.isStaffSide(caller, request)) {
                throw RequestLoader.notYoursToAct(request, "write notes on it");
            }
            steps.record(caller.accountId(), request, RequestAction.NOTE, note, internal);
            return views.withTimeline(caller, request);
        });
    }

    /** The handler asks the resident something; until they answer, the clock stops. */
    public RequestView askResident(Caller caller, long id, String question) {
        return work(caller, id, request -> {
            if (!MAY_WAIT.contains(request.getStatus()) || request.getWaitingSince() != null) {
                throw RequestLifecycle.refused(request.getStatus(), RequestAction.RESIDENT_ASKED);
            }
            if (request.getSubmitterAccountId() == null) {
                throw DomainException.conflict(
                        "resident-request.no-one-to-ask",
                        "Staff recorded this request for someone without an account: call them back instead.");
            }
            deadlines.pause(request, clock.instant());
            steps.take(caller.accountId(), request, RequestAction.RESIDENT_ASKED, question);
        });
    }

    /** The resident answers; the clock runs again, with the time it stood still given back. */
    public RequestView answer(Caller caller, long id, String text) {
        return transaction.execute(status -> {
            ResidentRequest request = loader.own(caller, id);
            if (request.getWaitingSince() == null) {
                throw DomainException.conflict(
                        "resident-request.not-waiting",
                        "Nobody asked you anything about this request: nothing to answer.");
            }
            deadlines.resume(request, clock.instant());
            steps.take(caller.accountId(), request, RequestAction.RESIDENT_ANSWERED, text);
            return views.withTimeline(caller, request);
        });
    }

    private RequestView work(Caller caller, long id, Consumer<ResidentRequest> step) {
        return transaction.execute(status -> {
            ResidentRequest request = loader.forWork(caller, id);
            step.accept(request);
            return views.withTimeline(caller, request);
        });
    }
}
