package org.linli.requests.request;

import java.time.Instant;
import org.linli.platform.client.DependencyUnavailable;
import org.linli.platform.outbox.EventOutbox;
import org.linli.platform.security.Caller;
import org.linli.requests.api.event.RequestSentToVolunteers;
import org.linli.requests.request.dto.AssignCommand;
import org.linli.requests.request.dto.RequestView;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 派单: an accepted request goes to whoever handles it. Staff name the kind of handler, or leave it to the
 * category's route. svc-organization says who that is before anything is written (no transaction waits on
 * another service); when it cannot answer, the request stays accepted with dispatch pending, and
 * {@link DispatchRetries} completes it once svc-organization answers again.
 */
@Service
public class RequestDispatch {

    private final RequestLoader loader;
    private final DispatchTargets targets;
    private final RequestSteps steps;
    private final RequestViews views;
    private final EventOutbox outbox;
    private final TransactionTemplate transaction;

    RequestDispatch(
            RequestLoader loader,
            DispatchTargets targets,
            RequestSteps steps,
            RequestViews views,
            EventOutbox outbox,
            TransactionTemplate transaction) {
        this.loader = loader;
        this.targets = targets;
        this.steps = steps;
        this.views = views;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    /** Staff give it to a handler, or to another one (reassignment: its deadlines stay as they are). */
    public RequestView assign(Caller caller, long id, AssignCommand command) {
        ResidentRequest request = loader.forDispatch(caller, id);
        RequestLifecycle.next(request.getStatus(), RequestAction.ASSIGN, null);
        DispatchTarget target =
                command.to() == null ? targets.byRule(request) : targets.of(request, command.to(), command.unitId());
        transaction.executeWithoutResult(status -> {
            ResidentRequest current = loader.forDispatch(caller, id);
            if (!current.getVersion().equals(request.getVersion())) {
                throw new OptimisticLockingFailureException("resident request " + id + " moved meanwhile");
            }
            assign(caller.accountId(), current, target, command.note());
        });
        return views.withTimeline(caller, loader.reload(id));
    }

    /**
     * Right after acceptance, by the category's route, as the accepting staff member: when svc-organization
     * is away the request waits with dispatch pending (and its timeline says so).
     */
    void afterAcceptance(Caller caller, long id) {
        ResidentRequest request = loader.reload(id);
        DispatchTarget target;
        try {
            target = targets.byRule(request);
        } catch (DependencyUnavailable down) {
            transaction.executeWithoutResult(status -> waitForOrganization(loader.reload(id)));
            return;
        }
        transaction.executeWithoutResult(status -> assign(caller.accountId(), loader.reload(id), target, null));
    }

    /** Accepted, but nobody can say who handles it yet: {@link DispatchRetries} dispatches it once svc-organization answers. */
    void waitForOrganization(ResidentRequest accepted) {
        accepted.setDispatchPending(true);
        steps.record(RequestSteps.SYSTEM, accepted, RequestAction.DISPATCH_WAITING, null, false);
    }

    /** In the background ({@link DispatchRetries}), for a request whose dispatch was pending. */
    void completePending(ResidentRequest locked, DispatchTarget target) {
        assign(RequestSteps.SYSTEM, locked, target, null);
    }

    private void assign(long actor, ResidentRequest request, DispatchTarget target, String note) {
        target.applyTo(request);
        String said = note != null && !note.isBlank() ? note : target.why();
        Instant at = steps.record(actor, request, RequestAction.ASSIGN, said, false);
        if (target.kind() == HandlerKind.VOLUNTEERS) {
            outbox.add(
                    request.getId(),
                    new RequestSentToVolunteers(
                            request.getId(),
                            request.getCategory().name(),
                            request.getUrgency().name(),
                            target.path(),
                            request.getScopePath(),
                            request.getResolutionDueAt(),
                            at));
        }
    }
}
