package org.linli.requests.request;

import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.RequestView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** 受理/不予受理: staff of the place take a request on or refuse it, saying why. */
@Service
public class RequestTriage {

    private final ResidentRequestMapper requests;
    private final RequestSteps steps;
    private final RequestViews views;
    private final TransactionTemplate transaction;

    RequestTriage(
            ResidentRequestMapper requests, RequestSteps steps, RequestViews views, TransactionTemplate transaction) {
        this.requests = requests;
        this.steps = steps;
        this.views = views;
        this.transaction = transaction;
    }

    public RequestView accept(Caller caller, long id) {
        return take(caller, id, RequestAction.ACCEPT, null);
    }

    /** The reason goes on the public timeline: the resident is told why. */
    public RequestView reject(Caller caller, long id, String reason) {
        return take(caller, id, RequestAction.REJECT, reason);
    }

    private RequestView take(Caller caller, long id, RequestAction action, String reason) {
        return transaction.execute(status -> {
            ResidentRequest request = DataScope.require(
                    caller, requests.selectById(id), ResidentRequest::getScopePath, "resident-request", id);
            steps.take(caller, request, action, reason);
            return views.withTimeline(request, true);
        });
    }
}
