package org.linli.requests.request;

import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.FiledRequest;
import org.linli.requests.request.dto.SubmitRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Filing a request (提交诉求) from the mini-program: the request, its first timeline step and its event commit together. */
@Service
public class RequestIntake {

    private final RequestFiling filing;
    private final HouseholdPlacement placement;
    private final RequestViews views;
    private final TransactionTemplate transaction;

    RequestIntake(
            RequestFiling filing, HouseholdPlacement placement, RequestViews views, TransactionTemplate transaction) {
        this.filing = filing;
        this.placement = placement;
        this.views = views;
        this.transaction = transaction;
    }

    /**
     * A verified resident files a request about one of their homes, or about a common place of its compound.
     * svc-organization says where the home lies before anything is written (no transaction waits on another
     * service); when it cannot answer, the request is taken without a place ({@code scopePath} null: the
     * resident and a system administrator see it, other staff once it is placed, which happens in the
     * background as soon as svc-organization answers again).
     */
    public FiledRequest submit(Caller caller, SubmitRequest command) {
        if (caller.personId() == null) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN,
                    "real-name.required",
                    "Verify your real name before filing a request (POST /api/auth/real-name): the community"
                            + " answers people it knows.");
        }
        String home = placement.residentHome(command.householdId()).orElse(null);
        Filing filed = new Filing(
                command.kind(),
                command.category(),
                null,
                RequestChannel.MINI_PROGRAM,
                command.text(),
                command.householdId(),
                command.place(),
                caller.accountId(),
                caller.personId(),
                null,
                null,
                null,
                command.isAnonymous(),
                HouseholdPlacement.scopeOf(home, command.place()),
                command.photoIds());
        return views.filed(transaction.execute(status -> filing.file(filed)));
    }
}
