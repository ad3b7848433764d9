package org.linli.requests.request;

import java.time.Clock;
import org.linli.platform.error.DomainException;
import org.linli.platform.pii.PiiCipher;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.RequestView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 反馈: the resident confirms a resolution and rates it (1–5 and a comment), or says it is not fixed, which
 * reopens it for its handler and counts against them. For a request staff recorded for someone without an
 * account, staff call back (回访) and record the answer. A resolution nobody answers closes itself after the
 * confirmation period ({@link DeadlineJob}).
 */
@Service
public class RequestFeedback {

    private final RequestLoader loader;
    private final RequestSteps steps;
    private final RequestViews views;
    private final PiiCipher cipher;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RequestFeedback(
            RequestLoader loader,
            RequestSteps steps,
            RequestViews views,
            PiiCipher cipher,
            TransactionTemplate transaction,
            Clock clock) {
        this.loader = loader;
        this.steps = steps;
        this.views = views;
        this.cipher = cipher;
        this.transaction = transaction;
        this.clock = clock;
    }

    public RequestView confirm(Caller caller, long id, int rating, String comment) {
        return transaction.execute(status -> {
            ResidentRequest request = loader.own(caller, id);
            close(caller.accountId(), request, rating, comment);
            return views.withTimeline(caller, request);
        });
    }

    public RequestView reopen(Caller caller, long id, String reason) {
        return transaction.execute(status -> {
            ResidentRequest request = loader.own(caller, id);
            reopen(caller.accountId(), request, reason);
            return views.withTimeline(caller, request);
        });
    }

    /** 回访: staff record what a resident without an account said on the phone, fixed (and how rated) or not. */
    public RequestView followUp(Caller caller, long id, boolean fixed, Integer rating, String comment) {
        return transaction.execute(status -> {
            ResidentRequest request = loader.forDispatch(caller, id);
            if (request.getSubmitterAccountId() != null) {
                throw DomainException.conflict(
                        "resident-request.resident-answers",
                        "The resident filed this request themselves: they confirm or reopen it in the mini-program.");
            }
            if (fixed) {
                if (rating == null) {
                    throw DomainException.invalid(
                            "resident-request.rating-required", "rating", "give the resident's rating");
                }
                close(caller.accountId(), request, rating, comment);
            } else {
                reopen(caller.accountId(), request, comment);
            }
            return views.withTimeline(caller, request);
        });
    }

    private void close(long actor, ResidentRequest request, int rating, String comment) {
        request.setRating(rating);
        request.setRatingCommentCipher(cipher.encrypt(comment == null || comment.isBlank() ? null : comment.strip()));
        request.setClosedAt(clock.instant());
        steps.take(actor, request, RequestAction.CLOSE, comment);
    }

    private void reopen(long actor, ResidentRequest request, String reason) {
        RequestLifecycle.next(request.getStatus(), RequestAction.REOPEN, reason);
        request.setReopenCount(request.getReopenCount() + 1);
        request.setResolvedAt(null);
        steps.take(actor, request, RequestAction.REOPEN, reason);
    }
}
