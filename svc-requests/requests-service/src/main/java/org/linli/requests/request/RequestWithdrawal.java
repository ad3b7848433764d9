package org.linli.requests.request;

import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.RequestView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** 撤回诉求: the resident who filed a request takes it back before it is resolved. */
@Service
public class RequestWithdrawal {

    private final ResidentRequestMapper requests;
    private final RequestSteps steps;
    private final RequestViews views;
    private final TransactionTemplate transaction;

    RequestWithdrawal(
            ResidentRequestMapper requests, RequestSteps steps, RequestViews views, TransactionTemplate transaction) {
        this.requests = requests;
        this.steps = steps;
        this.views = views;
        this.transaction = transaction;
    }

    /** Only the submitter: for anyone else the request does not exist (404), as for reads. */
    public RequestView withdraw(Caller caller, long id, String reason) {
        return transaction.execute(status -> {
            ResidentRequest request = requests.selectById(id);
            if (request == null || request.getSubmitterAccountId() != caller.accountId()) {
                throw DomainException.notFound("resident-request", id);
            }
            steps.take(caller, request, RequestAction.WITHDRAW, reason);
            return views.withTimeline(request, false);
        });
    }
}
