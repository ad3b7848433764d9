package org.linli.requests.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.linli.requests.deadline.Deadlines;
import org.linli.requests.demo.DemoCase.PlannedStep;
import org.linli.requests.demo.DemoScript.Moment;

/**
 * When a demo request's steps happen. Pure: the request's deadlines come in as {@link Moments} (the SLA
 * table's, counted on the working-day calendar), so the same arithmetic plans the submission (from a preview
 * of the deadlines) and places each step (from the deadlines the request has by then, moved by a pause or a
 * new urgency).
 */
final class DemoTimes {

    /** Steps of one request are at least this far apart, so the timeline's order is the order they were taken. */
    static final Duration STEP_GAP = Duration.ofMinutes(1);

    /** A request's submission and deadlines. */
    record Moments(Instant submitted, Instant responseDue, Instant resolutionDue) {}

    private DemoTimes() {}

    /** When a step falls, at least {@link #STEP_GAP} after the one before. */
    static Instant next(Moment when, Moments request, Instant previous) {
        Instant at =
                switch (when.base()) {
                    case RESPONSE -> between(request.submitted(), request.responseDue(), when.value());
                    case SPAN -> between(request.submitted(), request.resolutionDue(), when.value());
                    case AFTER -> previous.plus(hours(when.value()));
                    case OVERDUE -> request.resolutionDue().plus(hours(when.value()));
                };
        Instant earliest = previous.plus(STEP_GAP);
        return (at.isBefore(earliest) ? earliest : at).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * When to file the case so that {@code now} falls where its story's anchor says: the submission is moved
     * until the anchor (which depends on the deadlines, which depend on the submission) lands on {@code now}. A
     * finished story is moved to a daytime minute of its day, as long as it still ends before {@code now}. A
     * duplicate is filed between the last step of the request it repeats ({@code targetsLastStep}; a day ago
     * when there is none) and now.
     */
    static Instant submission(
            DemoCase planned, Instant now, Function<Instant, Moments> deadlines, Instant targetsLastStep) {
        if (planned.story().now().kind() == DemoScript.AnchorKind.AFTER_TARGET) {
            Instant after = targetsLastStep != null ? targetsLastStep : now.minus(Duration.ofDays(1));
            return between(after, now, planned.now()).truncatedTo(ChronoUnit.SECONDS);
        }
        Instant submitted = now;
        for (int round = 0; round < 8; round++) {
            Duration lead = Duration.between(submitted, anchor(planned, deadlines.apply(submitted)));
            submitted = now.minus(lead);
        }
        if (planned.story().now().daytime()) {
            Instant daytime = Deadlines.day(submitted)
                    .atTime(LocalTime.ofSecondOfDay(planned.minuteOfDay() * 60L))
                    .atZone(Deadlines.BEIJING)
                    .toInstant();
            if (lastStep(planned, deadlines.apply(daytime)).isBefore(now)) {
                submitted = daytime;
            }
        }
        return submitted.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The instant the anchor names for a request filed at {@code request.submitted()}: where now should be. */
    static Instant anchor(DemoCase planned, Moments request) {
        DemoScript.Anchor anchor = planned.story().now();
        return switch (anchor.kind()) {
            case LIVE -> between(request.submitted(), request.resolutionDue(), planned.now());
            case AFTER_LAST -> lastStep(planned, request).plus(hours(planned.now()));
            case OVERDUE -> request.resolutionDue().plus(hours(planned.now()));
            case AFTER_TARGET -> throw new IllegalArgumentException("a duplicate is filed after its target");
        };
    }

    private static Instant lastStep(DemoCase planned, Moments request) {
        Instant at = request.submitted();
        for (PlannedStep step : planned.steps()) {
            at = next(step.when(), request, at);
        }
        return at;
    }

    private static Instant between(Instant from, Instant to, double fraction) {
        return from.plusMillis((long) (Duration.between(from, to).toMillis() * fraction));
    }

    private static Duration hours(double hours) {
        return Duration.ofSeconds((long) (hours * 3600));
    }
}
