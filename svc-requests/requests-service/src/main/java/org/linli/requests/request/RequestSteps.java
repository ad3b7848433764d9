package org.linli.requests.request;

import java.time.Clock;
import java.time.LocalDateTime;
import org.linli.platform.outbox.EventOutbox;
import org.linli.platform.pii.PiiCipher;
import org.linli.platform.security.Caller;
import org.linli.requests.api.event.RequestStepTaken;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Taking one step on a request the caller was allowed to load: the lifecycle says where it goes, and the new
 * status, its timeline entry and its event are written together (the caller's transaction). The update is
 * guarded by {@code version}: when someone else moved the request since it was read, nothing is written and
 * the caller gets 409 {@code conflict.stale}.
 */
@Component
class RequestSteps {

    private final ResidentRequestMapper requests;
    private final TimelineEntryMapper timeline;
    private final EventOutbox outbox;
    private final PiiCipher cipher;
    private final Clock clock;

    RequestSteps(
            ResidentRequestMapper requests,
            TimelineEntryMapper timeline,
            EventOutbox outbox,
            PiiCipher cipher,
            Clock clock) {
        this.requests = requests;
        this.timeline = timeline;
        this.outbox = outbox;
        this.cipher = cipher;
        this.clock = clock;
    }

    void take(Caller caller, ResidentRequest request, RequestAction action, String reason) {
        RequestStatus before = request.getStatus();
        RequestStatus after = RequestLifecycle.next(before, action, reason);
        LocalDateTime now = LocalDateTime.now(clock);

        ResidentRequest change = new ResidentRequest();
        change.setId(request.getId());
        change.setStatus(after);
        change.setVersion(request.getVersion());
        if (requests.updateById(change) == 0) {
            throw new OptimisticLockingFailureException("resident request " + request.getId() + " moved meanwhile");
        }
        request.setStatus(after);
        request.setVersion(change.getVersion());

        String note = reason == null || reason.isBlank() ? null : reason.strip();
        TimelineEntry entry = new TimelineEntry();
        entry.setRequestId(request.getId());
        entry.setAction(action);
        entry.setStatusAfter(after);
        entry.setNoteCipher(cipher.encrypt(note));
        entry.setActorAccountId(caller.accountId());
        entry.setInternal(false);
        entry.setOccurredAt(now);
        timeline.insert(entry);

        outbox.add(
                request.getId(),
                new RequestStepTaken(
                        request.getId(),
                        action.name(),
                        before.name(),
                        after.name(),
                        caller.accountId(),
                        request.getSubmitterAccountId(),
                        request.getScopePath(),
                        now));
    }
}
