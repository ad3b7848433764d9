package org.linli.requests.request;

import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.RequestView;
import org.linli.requests.triage.TriageRules;
import org.linli.requests.triage.Urgency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 受理/不予受理, 轻重缓急: staff of the place take a request on (and it is dispatched by its category's route),
 * refuse it saying why, or change its urgency saying why.
 */
@Service
public class RequestTriage {

    private final RequestLoader loader;
    private final RequestSteps steps;
    private final RequestDispatch dispatch;
    private final RequestDeadlines deadlines;
    private final TriageRules rules;
    private final RequestViews views;
    private final TransactionTemplate transaction;

    RequestTriage(
            RequestLoader loader,
            RequestSteps steps,
            RequestDispatch dispatch,
            RequestDeadlines deadlines,
            TriageRules rules,
            RequestViews views,
            TransactionTemplate transaction) {
        this.loader = loader;
        this.steps = steps;
        this.dispatch = dispatch;
        this.deadlines = deadlines;
        this.rules = rules;
        this.views = views;
        this.transaction = transaction;
    }

    /**
     * Accepts it, then dispatches it by its category's route in a second transaction: the acceptance stands
     * even when svc-organization cannot say who handles it right now. Accepting a micro-wish publishes it.
     */
    public RequestView accept(Caller caller, long id) {
        boolean wish = Boolean.TRUE.equals(transaction.execute(status -> {
            ResidentRequest request = loader.forDispatch(caller, id);
            steps.take(
                    caller.accountId(),
                    request,
                    RequestAction.ACCEPT,
                    request.isWish() ? "微心愿已发布，等待小区党员和志愿者认领。" : null);
            return request.isWish();
        }));
        if (!wish) {
            // a micro-wish is published, not dispatched: the compound's party members and volunteers claim it
            dispatch.afterAcceptance(caller, id);
        }
        return views.withTimeline(caller, loader.reload(id));
    }

    /** The reason goes on the public timeline: the resident is told why. */
    public RequestView reject(Caller caller, long id, String reason) {
        return transaction.execute(status -> {
            ResidentRequest request = loader.forDispatch(caller, id);
            request.setDispatchPending(false);
            steps.take(caller.accountId(), request, RequestAction.REJECT, reason);
            return views.withTimeline(caller, request);
        });
    }

    /**
     * A new urgency picks another row of the SLA table; the deadlines are counted again from the submission
     * (not from now), with any time given back while it waited kept.
     */
    public RequestView changeUrgency(Caller caller, long id, Urgency urgency, String reason) {
        return transaction.execute(status -> {
            ResidentRequest request = loader.forDispatch(caller, id);
            if (request.getStatus().isFinal() || request.getStatus() == RequestStatus.RESOLVED) {
                throw RequestLifecycle.refused(request.getStatus(), RequestAction.URGENCY_CHANGED);
            }
            Urgency before = request.getUrgency();
            request.setUrgency(urgency);
            deadlines.applyTerms(request, rules.termsFor(request.getCategory(), urgency));
            request.setWarnedAt(null);
            request.setRemindedAt(null);
            steps.take(
                    caller.accountId(),
                    request,
                    RequestAction.URGENCY_CHANGED,
                    before + " → " + urgency + ": " + reason.strip());
            return views.withTimeline(caller, request);
        });
    }
}
