package org.linli.requests.request;

import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Loads a request for what the caller is about to do ({@link RequestAccess}): a request they may not see does
 * not exist (404, as an id that names nothing); one they see but may not act on at its current level is 403,
 * saying who acts now.
 */
@Component
class RequestLoader {

    private final ResidentRequestMapper requests;
    private final RequestFollowerMapper followers;

    RequestLoader(ResidentRequestMapper requests, RequestFollowerMapper followers) {
        this.requests = requests;
        this.followers = followers;
    }

    /** Its resident, staff of the place, its handler, or a resident who follows it (+1, or merged in). */
    ResidentRequest visible(Caller caller, long id) {
        ResidentRequest request = requests.selectById(id);
        if (request == null || !(RequestAccess.maySee(caller, request) || isFollower(caller, request))) {
            throw notFound(id);
        }
        return request;
    }

    private boolean isFollower(Caller caller, ResidentRequest request) {
        return !caller.isStaff() && !caller.isService() && followers.follows(request.getId(), caller.accountId());
    }

    /** For triage and dispatch: a dispatcher whose unit answers for it now. */
    ResidentRequest forDispatch(Caller caller, long id) {
        ResidentRequest request = visible(caller, id);
        if (!RequestAccess.mayDispatch(caller, request)) {
            throw notYoursToAct(request, "triage and dispatch it");
        }
        return request;
    }

    /** For the work itself: its handler, or a dispatcher whose unit answers for it now. */
    ResidentRequest forWork(Caller caller, long id) {
        ResidentRequest request = visible(caller, id);
        if (!RequestAccess.mayWork(caller, request)) {
            throw notYoursToAct(request, "work on it");
        }
        return request;
    }

    /** For the resident's own say (withdraw, answer, confirm, reopen): the resident who filed it. */
    ResidentRequest own(Caller caller, long id) {
        ResidentRequest request = requests.selectById(id);
        if (request == null || !RequestAccess.isSubmitter(caller, request)) {
            throw notFound(id);
        }
        return request;
    }

    /** The request as it stands now, after a step. */
    ResidentRequest reload(long id) {
        return requests.selectById(id);
    }

    static DomainException notFound(long id) {
        return DomainException.notFound("resident-request", id);
    }

    static DomainException notYoursToAct(ResidentRequest request, String what) {
        String who = request.getHandlerKind() != null && request.getStatus() != RequestStatus.ESCALATED
                ? "its handler (" + request.getHandlerKind() + ") and the " + RequestAccess.answeringLevel(request)
                : "staff of the " + RequestAccess.answeringLevel(request);
        return new DomainException(
                HttpStatus.FORBIDDEN,
                "resident-request.not-yours-to-act",
                "You can see this request but not " + what + ": " + who + " answer for it now (" + request.getStatus()
                        + ").");
    }
}
