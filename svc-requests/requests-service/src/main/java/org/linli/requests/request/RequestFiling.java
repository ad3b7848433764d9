package org.linli.requests.request;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.linli.platform.outbox.EventOutbox;
import org.linli.platform.pii.PiiCipher;
import org.linli.requests.api.event.RequestSubmitted;
import org.linli.requests.photo.PhotoAttachments;
import org.linli.requests.triage.TriageRules;
import org.linli.requests.triage.Urgency;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a new request, its first timeline step and its event in the caller's transaction. Its urgency (the
 * category's default unless staff set one) picks its row of the SLA table, and its deadlines are counted
 * from the instant it was filed: from then on they move only when the urgency changes or it waits for its
 * resident, never when it is reassigned, sent back or escalated.
 */
@Component
class RequestFiling {

    private final ResidentRequestMapper requests;
    private final TimelineEntryMapper timeline;
    private final EventOutbox outbox;
    private final PiiCipher cipher;
    private final TriageRules rules;
    private final RequestDeadlines deadlines;
    private final RequestSteps steps;
    private final PhotoAttachments photos;
    private final Clock clock;

    RequestFiling(
            ResidentRequestMapper requests,
            TimelineEntryMapper timeline,
            EventOutbox outbox,
            PiiCipher cipher,
            TriageRules rules,
            RequestDeadlines deadlines,
            RequestSteps steps,
            PhotoAttachments photos,
            Clock clock) {
        this.photos = photos;
        this.requests = requests;
        this.timeline = timeline;
        this.outbox = outbox;
        this.cipher = cipher;
        this.rules = rules;
        this.deadlines = deadlines;
        this.steps = steps;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ResidentRequest file(Filing filing) {
        // to the second, as the database keeps it (Connector/J sends a MariaDB, which it takes for MySQL 5.5, whole
        // seconds), so that its deadlines count from the same instant now and whenever they are counted again
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Urgency urgency = filing.urgency() != null
                ? filing.urgency()
                : rules.defaultsFor(filing.category()).urgency();
        ResidentRequest request = new ResidentRequest();
        request.setCategory(filing.category());
        request.setUrgency(urgency);
        request.setStatus(RequestStatus.SUBMITTED);
        request.setChannel(filing.channel());
        request.setTextCipher(cipher.encrypt(filing.text().strip()));
        request.setHouseholdId(filing.householdId());
        request.setPlace(blankToNull(filing.place()));
        request.setSubmitterAccountId(filing.submitterAccountId());
        request.setSubmitterPersonId(filing.submitterPersonId());
        request.setRecordedByAccountId(filing.recordedByAccountId());
        request.setContactNameCipher(cipher.encrypt(blankToNull(filing.contactName())));
        request.setContactPhoneCipher(cipher.encrypt(blankToNull(filing.contactPhone())));
        request.setAnonymous(filing.anonymous());
        request.placeAt(filing.scopePath());
        request.setKind(filing.kind());
        request.setSupporterCount(0);
        request.setSubmittedAt(now);
        // the community triages what comes in; dispatch moves it to where it is handled
        request.setLevel(Level.COMMUNITY);
        request.setPausedWorkingDays(0);
        request.setPausedSeconds(0L);
        request.setReopenCount(0);
        request.setDispatchPending(false);
        deadlines.applyTerms(request, rules.termsFor(filing.category(), urgency));
        request.setNextCheckAt(steps.watch().nextCheck(request));
        requests.insert(request);
        photos.attach(request.getId(), filing.actorAccountId(), filing.photoIds());

        TimelineEntry first = new TimelineEntry();
        first.setRequestId(request.getId());
        first.setAction(RequestAction.SUBMIT);
        first.setStatusAfter(RequestStatus.SUBMITTED);
        first.setActorAccountId(filing.actorAccountId());
        first.setInternal(false);
        first.setOccurredAt(now);
        timeline.insert(first);

        outbox.add(
                request.getId(),
                new RequestSubmitted(
                        request.getId(),
                        request.getKind().name(),
                        request.getCategory().name(),
                        urgency.name(),
                        request.getChannel().name(),
                        request.getHouseholdId(),
                        request.getSubmitterAccountId(),
                        filing.anonymous(),
                        request.getScopePath(),
                        request.getResolutionDueAt(),
                        now));
        return request;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
