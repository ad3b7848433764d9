package org.linli.requests.request;

import java.time.Instant;
import java.util.List;
import org.linli.platform.security.Caller;
import org.linli.requests.triage.RequestCategory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the demo request generator ({@code org.linli.requests.demo}) needs beyond the public use cases, and only
 * in a process started with {@code linli.demo.requests}: this bean does not exist in a service that serves
 * users. Each goes through the pieces production uses ({@link RequestFiling}, {@link RequestSteps}, {@link
 * DeadlineJob}), so the timeline and the outbox hold exactly what they would.
 */
@Component
@ConditionalOnProperty(prefix = "linli.demo", name = "requests")
public class DemoSteps {

    private final RequestFiling filing;
    private final HouseholdPlacement placement;
    private final RequestLoader loader;
    private final RequestSteps steps;
    private final DeadlineJob deadlineJob;
    private final RequestDispatch dispatch;
    private final TransactionTemplate transaction;

    DemoSteps(
            RequestFiling filing,
            HouseholdPlacement placement,
            RequestLoader loader,
            RequestSteps steps,
            DeadlineJob deadlineJob,
            RequestDispatch dispatch,
            TransactionTemplate transaction) {
        this.dispatch = dispatch;
        this.filing = filing;
        this.placement = placement;
        this.loader = loader;
        this.steps = steps;
        this.deadlineJob = deadlineJob;
        this.transaction = transaction;
    }

    /**
     * 提交诉求 from the mini-program as {@link RequestIntake} files it, for a demo resident. The demo district's
     * residents have no account until they log in, and no API tells svc-requests who they are in the registry,
     * so the request names a demo account and no person ({@code submitterPersonId} null) rather than an
     * invented one; that is why this skips the intake's real-name check. Placed with the service's own token.
     */
    public long fileAsResident(
            long accountId, RequestCategory category, String text, long householdId, String place, boolean anonymous) {
        String home = placement.householdInArea(householdId);
        Filing filed = new Filing(
                RequestKind.REQUEST,
                category,
                null,
                RequestChannel.MINI_PROGRAM,
                text,
                householdId,
                place,
                accountId,
                null,
                null,
                null,
                null,
                anonymous,
                HouseholdPlacement.scopeOf(home, place),
                List.of());
        return transaction.execute(status -> filing.file(filed)).getId();
    }

    /**
     * 受理 at a moment svc-organization could not say who handles it: what {@link RequestTriage#accept} leaves
     * then (accepted, dispatch pending, a DISPATCH_WAITING remark), for {@link DispatchRetries} to complete.
     */
    public void acceptWhileOrganizationAway(Caller caller, long id) {
        transaction.executeWithoutResult(status -> {
            steps.take(caller.accountId(), loader.forDispatch(caller, id), RequestAction.ACCEPT, null);
            dispatch.waitForOrganization(loader.reload(id));
        });
    }

    /** When the deadline job must next look at the request; null when nothing will fall due. */
    public Instant nextCheck(long id) {
        return loader.reload(id).getNextCheckAt();
    }

    /** One pass of the deadline job at the clock's instant: what it would have done then. */
    public int deadlinePass() {
        return deadlineJob.runOnce();
    }
}
