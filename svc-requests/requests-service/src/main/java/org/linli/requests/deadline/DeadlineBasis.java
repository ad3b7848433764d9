package org.linli.requests.deadline;

import java.time.Instant;
import org.linli.requests.triage.SlaTerms;

/**
 * What a request's deadlines are computed from, so that they can be computed again (a year entered, an
 * urgency changed) and always come out the same: the submission instant, the terms it was given, and the
 * time given back while it waited for the resident.
 *
 * @param pausedWorkingDays working days that began while it waited: given back to a working-day limit
 * @param pausedSeconds wall-clock time it waited: given back to an hours limit
 */
public record DeadlineBasis(Instant submitted, SlaTerms terms, int pausedWorkingDays, long pausedSeconds) {

    public static DeadlineBasis fresh(Instant submitted, SlaTerms terms) {
        return new DeadlineBasis(submitted, terms, 0, 0);
    }
}
