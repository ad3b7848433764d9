package org.linli.requests.request;

import java.time.Clock;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.RequestView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 合并: staff fold a request into an open one about the same thing in the same compound. The merged one is final
 * (MERGED) and says where it went; its resident and its followers follow the one it went into, which counts them
 * among its supporters. Both change in one transaction, each under its own version.
 */
@Service
public class RequestMerge {

    private final RequestLoader loader;
    private final RequestSteps steps;
    private final RequestFollowerMapper followers;
    private final RequestViews views;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RequestMerge(
            RequestLoader loader,
            RequestSteps steps,
            RequestFollowerMapper followers,
            RequestViews views,
            TransactionTemplate transaction,
            Clock clock) {
        this.loader = loader;
        this.steps = steps;
        this.followers = followers;
        this.views = views;
        this.transaction = transaction;
        this.clock = clock;
    }

    public RequestView merge(Caller caller, long id, long intoId) {
        if (id == intoId) {
            throw DomainException.invalid(
                    "resident-request.merge-into-itself", "into", "a request cannot go into itself");
        }
        return transaction.execute(status -> {
            ResidentRequest merged = loader.forDispatch(caller, id);
            ResidentRequest into = loader.forDispatch(caller, intoId);
            if (into.getCompoundPath() == null || !into.getCompoundPath().equals(merged.getCompoundPath())) {
                throw DomainException.invalid(
                        "resident-request.merge-elsewhere", "into", "only requests of the same compound are merged");
            }
            if (into.getStatus().isFinal()
                    || into.getStatus() == RequestStatus.RESOLVED
                    || into.isWish()
                    || merged.isWish()) {
                throw DomainException.conflict(
                        "resident-request.merge-target-closed",
                        "Request " + intoId + " is " + into.getStatus() + ": merge into an open request.");
            }
            merged.setMergedIntoId(intoId);
            merged.setDispatchPending(false);
            steps.take(caller.accountId(), merged, RequestAction.MERGE, "已并入诉求 #" + intoId + "，请在该诉求中查看办理进展。");

            followers.carryOver(id, intoId, clock.instant());
            Long resident = merged.getSubmitterAccountId();
            if (resident != null && !resident.equals(into.getSubmitterAccountId())) {
                followers.follow(intoId, resident, "MERGED", clock.instant());
            }
            followers.recount(intoId);
            steps.record(caller.accountId(), into, RequestAction.MERGED_IN, "诉求 #" + id + " 已并入本诉求。", false);
            return views.withTimeline(caller, loader.reload(intoId));
        });
    }
}
