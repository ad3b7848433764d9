package org.linli.requests.request;

import java.time.Duration;
import java.time.Instant;
import org.linli.requests.deadline.DeadlineBasis;
import org.linli.requests.deadline.DeadlineCalculator;
import org.linli.requests.deadline.DueDates;
import org.linli.requests.triage.Sla;
import org.linli.requests.triage.SlaTerms;
import org.springframework.stereotype.Component;

/**
 * A request's deadlines, always counted from the same basis: the instant it was filed, the terms it was given
 * (its SLA row) and the time given back while it waited for its resident. So counting again (a new urgency, a
 * calendar year entered, a pause ended) never drifts, and nothing else (reassignment, send-back, escalation)
 * moves them.
 */
@Component
class RequestDeadlines {

    private final DeadlineCalculator calculator;

    RequestDeadlines(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    /** Gives the request these terms and counts its deadlines. */
    void applyTerms(ResidentRequest request, SlaTerms terms) {
        request.setResponseAmount(terms.response().amount());
        request.setResponseUnit(terms.response().unit());
        request.setResolutionAmount(terms.resolution().amount());
        request.setResolutionUnit(terms.resolution().unit());
        recount(request);
    }

    /** Counts the request's deadlines again from its basis. */
    void recount(ResidentRequest request) {
        DueDates due = calculator.dueDates(basisOf(request));
        request.setResponseDueAt(due.response());
        request.setResolutionDueAt(due.resolution());
        request.setDeadlineProvisional(due.provisional());
    }

    /** The clock stops: the request waits for its resident from {@code now}. */
    void pause(ResidentRequest request, Instant now) {
        request.setWaitingSince(now);
    }

    /**
     * The clock runs again: the working days that began while it waited and the wall-clock time it waited are
     * given back, and a warning or reminder already sent for the old deadline may come again for the new one.
     */
    void resume(ResidentRequest request, Instant now) {
        Instant since = request.getWaitingSince();
        request.setPausedWorkingDays(request.getPausedWorkingDays() + calculator.workingDaysBegunBetween(since, now));
        request.setPausedSeconds(
                request.getPausedSeconds() + Duration.between(since, now).toSeconds());
        request.setWaitingSince(null);
        Instant before = request.getResolutionDueAt();
        recount(request);
        if (!request.getResolutionDueAt().equals(before)) {
            request.setWarnedAt(null);
            request.setRemindedAt(null);
        }
    }

    static SlaTerms termsOf(ResidentRequest request) {
        return new SlaTerms(
                new Sla(request.getResponseAmount(), request.getResponseUnit()),
                new Sla(request.getResolutionAmount(), request.getResolutionUnit()));
    }

    private static DeadlineBasis basisOf(ResidentRequest request) {
        return new DeadlineBasis(
                request.getSubmittedAt(), termsOf(request), request.getPausedWorkingDays(), request.getPausedSeconds());
    }
}
