package org.linli.requests.request;

import java.time.Clock;
import java.time.LocalDateTime;
import org.linli.platform.error.DomainException;
import org.linli.platform.outbox.EventOutbox;
import org.linli.platform.pii.PiiCipher;
import org.linli.platform.security.Caller;
import org.linli.requests.api.event.RequestSubmitted;
import org.linli.requests.request.dto.FiledRequest;
import org.linli.requests.request.dto.SubmitRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Filing a request (诉求受理): the request, its first timeline step and its event commit together. */
@Service
public class RequestIntake {

    private final ResidentRequestMapper requests;
    private final TimelineEntryMapper timeline;
    private final EventOutbox outbox;
    private final PiiCipher cipher;
    private final Clock clock;

    RequestIntake(
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

    /**
     * A verified resident files a request about their home.
     *
     * <p>Known gap of this slice: the household is not yet checked against svc-organization (no lookup
     * there answers "is this one of the caller's homes, and where is it"), so the request is stored
     * without a place ({@code scopePath} null): the resident and a system administrator see it, other
     * staff only once dispatch has placed it.
     */
    @Transactional
    public FiledRequest submit(Caller caller, SubmitRequest command) {
        if (caller.personId() == null) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN,
                    "real-name.required",
                    "Verify your real name before filing a request (POST /api/auth/real-name): the community"
                            + " answers people it knows.");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ResidentRequest request = new ResidentRequest();
        request.setCategory(command.category());
        request.setStatus(RequestStatus.SUBMITTED);
        request.setChannel(RequestChannel.MINI_PROGRAM);
        request.setTextCipher(cipher.encrypt(command.text().strip()));
        request.setHouseholdId(command.householdId());
        request.setSubmitterAccountId(caller.accountId());
        request.setSubmitterPersonId(caller.personId());
        request.setAnonymous(command.isAnonymous());
        request.setSubmittedAt(now);
        requests.insert(request);

        TimelineEntry first = new TimelineEntry();
        first.setRequestId(request.getId());
        first.setAction(RequestAction.SUBMIT);
        first.setStatusAfter(RequestStatus.SUBMITTED);
        first.setActorAccountId(caller.accountId());
        first.setInternal(false);
        first.setOccurredAt(now);
        timeline.insert(first);

        outbox.add(
                request.getId(),
                new RequestSubmitted(
                        request.getId(),
                        request.getCategory().name(),
                        request.getChannel().name(),
                        request.getHouseholdId(),
                        caller.accountId(),
                        command.isAnonymous(),
                        request.getScopePath(),
                        now));
        return new FiledRequest(request.getId(), request.getCategory(), request.getStatus(), now);
    }
}
