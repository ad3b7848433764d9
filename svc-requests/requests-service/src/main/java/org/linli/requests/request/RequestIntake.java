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
import org.springframework.transaction.support.TransactionTemplate;

/** Filing a request (提交诉求): the request, its first timeline step and its event commit together. */
@Service
public class RequestIntake {

    private final ResidentRequestMapper requests;
    private final TimelineEntryMapper timeline;
    private final EventOutbox outbox;
    private final PiiCipher cipher;
    private final HouseholdPlacement placement;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RequestIntake(
            ResidentRequestMapper requests,
            TimelineEntryMapper timeline,
            EventOutbox outbox,
            PiiCipher cipher,
            HouseholdPlacement placement,
            TransactionTemplate transaction,
            Clock clock) {
        this.placement = placement;
        this.transaction = transaction;
        this.requests = requests;
        this.timeline = timeline;
        this.outbox = outbox;
        this.cipher = cipher;
        this.clock = clock;
    }

    /**
     * A verified resident files a request about one of their homes. svc-organization says where it lies
     * before anything is written (no transaction waits on another service); when it cannot answer, the
     * request is taken without a place ({@code scopePath} null: the resident and a system administrator
     * see it, other staff once it is placed, which dispatch will do).
     */
    public FiledRequest submit(Caller caller, SubmitRequest command) {
        if (caller.personId() == null) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN,
                    "real-name.required",
                    "Verify your real name before filing a request (POST /api/auth/real-name): the community"
                            + " answers people it knows.");
        }
        String scopePath = placement.pathOf(command.householdId()).orElse(null);
        return transaction.execute(status -> record(caller, command, scopePath));
    }

    private FiledRequest record(Caller caller, SubmitRequest command, String scopePath) {
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
        request.setScopePath(scopePath);
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
