package org.linli.requests.request;

import java.time.Clock;
import java.time.Instant;
import org.linli.platform.outbox.EventOutbox;
import org.linli.platform.pii.PiiCipher;
import org.linli.requests.api.event.RequestStepTaken;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes what happened to a request the caller was allowed to load and change: for a lifecycle step, the
 * lifecycle says where it goes; then the request as the use case left it, its timeline entry and its event,
 * together (the caller's transaction). The write is guarded by {@code version}: when someone else moved the
 * request since it was read, nothing is written and the caller gets 409 {@code conflict.stale}. The deadline
 * job's next look ({@code next_check_at}) is worked out here, from the request as written, so that no use
 * case can forget it.
 */
@Component
class RequestSteps {

    /** The actor of what the service does by itself (the deadline job, dispatch on its own). */
    static final long SYSTEM = 0;

    private final ResidentRequestMapper requests;
    private final TimelineEntryMapper timeline;
    private final EventOutbox outbox;
    private final PiiCipher cipher;
    private final DeadlineWatch watch;
    private final Clock clock;

    RequestSteps(
            ResidentRequestMapper requests,
            TimelineEntryMapper timeline,
            EventOutbox outbox,
            PiiCipher cipher,
            RequestsProperties properties,
            Clock clock) {
        this.requests = requests;
        this.timeline = timeline;
        this.outbox = outbox;
        this.cipher = cipher;
        this.watch = new DeadlineWatch(properties);
        this.clock = clock;
    }

    DeadlineWatch watch() {
        return watch;
    }

    /** Writes the request as the caller changed it, with its next look worked out, and nothing on its timeline. */
    void save(ResidentRequest request) {
        request.setNextCheckAt(watch.nextCheck(request));
        if (requests.updateById(request) == 0) {
            throw new OptimisticLockingFailureException("resident request " + request.getId() + " moved meanwhile");
        }
    }

    /** A public step or remark: the resident reads its note on the timeline. */
    void take(long actorAccountId, ResidentRequest request, RequestAction action, String note) {
        record(actorAccountId, request, action, note, false);
    }

    /**
     * Records {@code action} with {@code note}; {@code internal} keeps the note among staff (the step itself
     * still shows). Returns the instant it was recorded at.
     */
    Instant record(long actorAccountId, ResidentRequest request, RequestAction action, String note, boolean internal) {
        RequestStatus before = request.getStatus();
        RequestStatus after = action.isStep() ? RequestLifecycle.next(before, action, note) : before;
        Instant now = clock.instant();

        request.setStatus(after);
        if (request.getRespondedAt() == null && (action == RequestAction.ACCEPT || action == RequestAction.REJECT)) {
            // 响应: the first answer the community gives, which the response rate counts
            request.setRespondedAt(now);
        }
        save(request);

        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        TimelineEntry entry = new TimelineEntry();
        entry.setRequestId(request.getId());
        entry.setAction(action);
        entry.setStatusAfter(after);
        entry.setNoteCipher(cipher.encrypt(cleanNote));
        entry.setActorAccountId(actorAccountId);
        entry.setInternal(internal);
        entry.setOccurredAt(now);
        timeline.insert(entry);

        outbox.add(
                request.getId(),
                new RequestStepTaken(
                        request.getId(),
                        request.getKind().name(),
                        action.name(),
                        before.name(),
                        after.name(),
                        actorAccountId,
                        request.getSubmitterAccountId(),
                        request.getScopePath(),
                        request.getLevel() == null ? null : request.getLevel().name(),
                        request.getHandlerKind() == null
                                ? null
                                : request.getHandlerKind().name(),
                        request.getHandlerRef(),
                        request.getHandlerPersonId(),
                        request.getHandlerPath(),
                        now));
        return now;
    }
}
