package org.linli.requests.request;

import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.RequestView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** 撤回诉求: the resident who filed a request takes it back before it is resolved. */
@Service
public class RequestWithdrawal {

    private final RequestLoader loader;
    private final RequestSteps steps;
    private final RequestViews views;
    private final TransactionTemplate transaction;

    RequestWithdrawal(RequestLoader loader, RequestSteps steps, RequestViews views, TransactionTemplate transaction) {
        this.loader = loader;
        this.steps = steps;
        this.views = views;
        this.transaction = transaction;
    }

    /** Only the submitter: for anyone else the request does not exist (404), as for reads. */
    public RequestView withdraw(Caller caller, long id, String reason) {
        return transaction.execute(status -> {
            ResidentRequest request = loader.own(caller, id);
            request.setDispatchPending(false);
            request.setWaitingSince(null);
            steps.take(caller.accountId(), request, RequestAction.WITHDRAW, reason);
            return views.withTimeline(caller, request);
        });
    }
}
