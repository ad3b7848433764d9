package org.linli.requests.request;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.linli.requests.deadline.Deadlines;

/**
 * What the deadline job must do about a request, and when it must look again (its {@code next_check_at}).
 * Pure: it reads the request as it stands and the policy.
 * <ul>
 *   <li>A warning before the resolution deadline, once: a quarter of the span ahead, at most
 *       {@code longestWarning}.
 *   <li>At the deadline, one level up (where the lifecycle allows escalation and the top is not reached);
 *       while it stays overdue, again every {@code escalateEvery}.
 *   <li>A reminder on the day after the deadline, at {@code reminderTime} Beijing time, once.
 *   <li>A resolution the resident neither confirms nor reopens closes itself after {@code confirmationPeriod}.
 * </ul>
 * Nothing is due while the request waits for its resident (the clock is stopped), nor once it is final.
 */
final class DeadlineWatch {

    enum Due {
        WARN,
        ESCALATE,
        REMIND,
        AUTO_CLOSE
    }

    private final RequestsProperties policy;

    DeadlineWatch(RequestsProperties policy) {
        this.policy = policy;
    }

    /** What is due at {@code now}. */
    Set<Due> dueAt(ResidentRequest request, Instant now) {
        Set<Due> due = EnumSet.noneOf(Due.class);
        if (request.getStatus() == RequestStatus.RESOLVED) {
            if (!now.isBefore(autoCloseAt(request))) {
                due.add(Due.AUTO_CLOSE);
            }
            return due;
        }
        if (!isWatched(request)) {
            return due;
        }
        add(due, Due.WARN, warnAt(request), now);
        add(due, Due.ESCALATE, escalateAt(request), now);
        add(due, Due.REMIND, remindAt(request), now);
        return due;
    }

    /** The next instant anything falls due, or null when nothing will. */
    Instant nextCheck(ResidentRequest request) {
        if (request.getStatus() == RequestStatus.RESOLVED) {
            return autoCloseAt(request);
        }
        if (!isWatched(request)) {
            return null;
        }
        return Stream.of(warnAt(request), escalateAt(request), remindAt(request))
                .filter(at -> at != null)
                .min(Instant::compareTo)
                .orElse(null);
    }

    private static boolean isWatched(ResidentRequest request) {
        return !request.getStatus().isFinal()
                && request.getWaitingSince() == null
                && request.getResolutionDueAt() != null;
    }

    private static void add(Set<Due> due, Due what, Instant at, Instant now) {
        if (at != null && !now.isBefore(at)) {
            due.add(what);
        }
    }

    private Instant warnAt(ResidentRequest request) {
        Instant deadline = request.getResolutionDueAt();
        if (request.getWarnedAt() != null) {
            return null;
        }
        Duration span = Duration.between(request.getSubmittedAt(), deadline);
        Duration lead = span.dividedBy(4);
        if (lead.compareTo(policy.longestWarning()) > 0) {
            lead = policy.longestWarning();
        }
        return deadline.minus(lead);
    }

    private Instant escalateAt(ResidentRequest request) {
        // a micro-wish is a neighbour's kindness, not a duty of the levels above: it is never escalated
        boolean canClimb = !request.isWish()
                && RequestLifecycle.target(request.getStatus(), RequestAction.ESCALATE)
                        .isPresent()
                && request.getScopePath() != null
                && (request.getLevel() == null || !request.getLevel().isTop());
        if (!canClimb) {
            return null;
        }
        Instant deadline = request.getResolutionDueAt();
        Instant last = request.getEscalatedAt();
        return last == null || last.isBefore(deadline) ? deadline : last.plus(policy.escalateEvery());
    }

    private Instant remindAt(ResidentRequest request) {
        if (request.getRemindedAt() != null) {
            return null;
        }
        return Deadlines.day(request.getResolutionDueAt())
                .plusDays(1)
                .atTime(policy.reminderTime())
                .atZone(Deadlines.BEIJING)
                .toInstant();
    }

    private Instant autoCloseAt(ResidentRequest request) {
        return request.getResolvedAt().plus(policy.confirmationPeriod());
    }
}
