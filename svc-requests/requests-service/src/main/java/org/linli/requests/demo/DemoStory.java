package org.linli.requests.demo;

import static org.linli.requests.demo.DemoAction.*;
import static org.linli.requests.demo.DemoScript.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.linli.requests.request.RequestStatus;
import org.linli.requests.triage.RequestCategory;

/**
 * What happens to a demo request, one story per state the console should show, weighted roughly as a
 * community sees them (most are closed). Each story is a script of steps taken through the service's own use
 * cases at moments counted from the request's deadlines, and says where "now" falls in it. Between steps the
 * deadline job runs at every instant something fell due, so warnings, escalations up the levels, reminders
 * and auto-closes happen where production would have made them; a story whose next step the job made
 * impossible ends there.
 *
 * <p>No micro-wishes (微心愿): their claims and fulfilment are a loop of their own.
 */
enum DemoStory {
    SUBMITTED(5, RequestStatus.SUBMITTED, Fit.ANY, live(0.01, 0.08)),
    DISPATCH_PENDING(
            2, RequestStatus.ACCEPTED, Fit.ANY, live(0.12, 0.25), step(ACCEPT_ORGANIZATION_AWAY, response(0.1, 0.5))),
    ASSIGNED_TO_MEMBER(
            3, RequestStatus.ASSIGNED, Fit.home(Routes.MEMBER), live(0.15, 0.4), accept(), step(ASSIGN_MEMBER, soon())),
    ASSIGNED_TO_PROPERTY(
            3,
            RequestStatus.ASSIGNED,
            Fit.household(Routes.PROPERTY),
            live(0.15, 0.4),
            accept(),
            step(ASSIGN_PROPERTY, soon())),
    ASSIGNED_TO_COMMUNITY(
            3,
            RequestStatus.ASSIGNED,
            Fit.of(Routes.COMMUNITY),
            live(0.15, 0.4),
            accept(),
            step(ASSIGN_COMMUNITY, soon())),
    ASSIGNED_TO_VOLUNTEERS(
            3,
            RequestStatus.ASSIGNED,
            Fit.of(Routes.VOLUNTEERS),
            live(0.15, 0.4),
            accept(),
            step(ASSIGN_VOLUNTEERS, soon())),
    IN_PROGRESS(6, RequestStatus.IN_PROGRESS, Fit.ANY, live(0.3, 0.7), accept(), start()),
    WAITING_FOR_RESIDENT(
            3,
            RequestStatus.IN_PROGRESS,
            Fit.RESIDENT,
            hoursLater(2, 72),
            accept(),
            start(),
            step(ASK, span(0.25, 0.4))),
    RETURNED(
            2,
            RequestStatus.RETURNED,
            Fit.home(Routes.HOUSEHOLD),
            live(0.35, 0.6),
            accept(),
            step(SEND_BACK, span(0.12, 0.3))),
    REASSIGNED(
            2,
            RequestStatus.ASSIGNED,
            Fit.home(Routes.HOUSEHOLD),
            live(0.35, 0.6),
            accept(),
            step(SEND_BACK, span(0.1, 0.2)),
            step(REASSIGN_TO_COMMUNITY, span(0.22, 0.32))),
    ESCALATED_BY_HAND(3, RequestStatus.ESCALATED, Fit.ANY, live(0.4, 0.7), accept(), step(ESCALATE, span(0.15, 0.35))),
    ESCALATED_TWICE(
            2,
            RequestStatus.ESCALATED,
            Fit.of(Routes.COMMUNITY),
            live(0.35, 0.6),
            accept(),
            step(ESCALATE, span(0.1, 0.2)),
            step(ESCALATE, span(0.22, 0.32))),
    /** Never resolved: the deadline job sends it up a level at its deadline and every day after. */
    OVERDUE(5, RequestStatus.ESCALATED, Fit.ANY, overdueBy(3, 100), accept(), start()),
    RESOLVED(6, RequestStatus.RESOLVED, Fit.ANY, hoursLater(1, 150), accept(), start(), resolve(0.3, 0.8)),
    CLOSED(26, RequestStatus.CLOSED, Fit.ANY, ended(), accept(), start(), resolve(0.3, 0.85), confirm()),
    CLOSED_AFTER_QUESTION(
            4,
            RequestStatus.CLOSED,
            Fit.RESIDENT,
            ended(),
            accept(),
            start(),
            step(ASK, span(0.2, 0.3)),
            step(ANSWER, hoursAfter(1, 40)),
            resolve(0.5, 0.85),
            confirm()),
    /** Overdue, escalated by the job, dispatched again from above and resolved late: rated low. */
    CLOSED_LATE(
            4,
            RequestStatus.CLOSED,
            Fit.ANY,
            ended(),
            accept(),
            start(),
            step(REDISPATCH, hoursOverdue(1, 6)),
            step(START, hoursAfter(0.5, 3)),
            step(RESOLVE, hoursAfter(2, 10)),
            confirm()),
    /** Resolved and never answered: the job closes it after the confirmation period, without a rating. */
    CLOSED_BY_SYSTEM(4, RequestStatus.CLOSED, Fit.ANY, hoursLater(170, 60 * 24), accept(), start(), resolve(0.3, 0.8)),
    CLOSED_AFTER_REOPEN(
            2,
            RequestStatus.CLOSED,
            Fit.ANY,
            ended(),
            accept(),
            start(),
            resolve(0.3, 0.5),
            step(REOPEN, hoursAfter(3, 48)),
            step(START, hoursAfter(1, 24)),
            resolve(0.7, 0.9),
            confirm()),
    REOPENED(
            2,
            RequestStatus.REOPENED,
            Fit.ANY,
            live(0.55, 0.8),
            accept(),
            start(),
            resolve(0.25, 0.45),
            step(REOPEN, span(0.47, 0.53))),
    REJECTED(3, RequestStatus.REJECTED, Fit.ANY, ended(), step(REJECT, response(0.1, 0.9))),
    /** A neighbour reports what an open request of the compound is about already: staff merge it in. */
    MERGED(3, RequestStatus.MERGED, Fit.ANY, afterTarget(0.2, 0.7), step(MERGE, hoursAfter(0.1, 1.5))),
    WITHDRAWN(3, RequestStatus.WITHDRAWN, Fit.RESIDENT, ended(), accept(), step(WITHDRAW, hoursAfter(1, 30))),
    /** Staff find it more urgent than its category says: its deadlines are counted again on the urgent row. */
    URGENCY_RAISED(
            2,
            RequestStatus.CLOSED,
            Fit.of(Routes.NOT_URGENT),
            ended(),
            step(RAISE_URGENCY, hoursAfter(0.1, 0.5)),
            step(ACCEPT, hoursAfter(0.1, 1)),
            step(START, hoursAfter(0.3, 2)),
            resolve(0.4, 0.8),
            confirm());

    private final int weight;
    private final RequestStatus expected;
    private final Fit fit;
    private final Anchor now;
    private final List<Step> steps;

    DemoStory(int weight, RequestStatus expected, Fit fit, Anchor now, Step... steps) {
        this.weight = weight;
        this.expected = expected;
        this.fit = fit;
        this.now = now;
        this.steps = List.of(steps);
    }

    int weight() {
        return weight;
    }

    /** Where the story leaves the request when nothing unforeseen happens. */
    RequestStatus expected() {
        return expected;
    }

    Fit fit() {
        return fit;
    }

    Anchor now() {
        return now;
    }

    List<Step> steps() {
        return steps;
    }

    private static Step accept() {
        return step(ACCEPT, response(0.05, 0.7));
    }

    private static Step start() {
        return step(START, span(0.05, 0.2));
    }

    private static Step resolve(double min, double max) {
        return step(RESOLVE, span(min, max));
    }

    private static Step confirm() {
        return step(CONFIRM, hoursAfter(2, 72));
    }

    private static Window soon() {
        return hoursAfter(0.05, 1);
    }

    /**
     * Which requests a story suits: only the resident can answer a question or withdraw (a request staff recorded
     * may have no account behind it); a story whose handler is the household's own needs a request about the
     * home (not a common place, which goes to the community); the categories whose default route it shows.
     */
    record Fit(boolean residentOnly, boolean aboutTheHome, boolean needsHousehold, Set<RequestCategory> categories) {

        static final Fit ANY = new Fit(false, false, false, Set.of());
        static final Fit RESIDENT = new Fit(true, false, false, Set.of());

        static Fit of(Set<RequestCategory> categories) {
            return new Fit(false, false, false, categories);
        }

        static Fit home(Set<RequestCategory> categories) {
            return new Fit(false, true, true, categories);
        }

        /** Filed about a household (maybe a common place near it), so the household's handlers are asked. */
        static Fit household(Set<RequestCategory> categories) {
            return new Fit(false, false, true, categories);
        }

        boolean allows(RequestCategory category) {
            return categories.isEmpty() || categories.contains(category);
        }
    }

    /** The categories by their default route (V3's category_rule), as the stories want them. */
    static final class Routes {

        static final Set<RequestCategory> MEMBER = EnumSet.of(RequestCategory.NOISE, RequestCategory.NEIGHBOUR_DISPUTE);
        static final Set<RequestCategory> PROPERTY = EnumSet.of(
                RequestCategory.PARKING,
                RequestCategory.ENVIRONMENT,
                RequestCategory.PROPERTY_SERVICE,
                RequestCategory.PUBLIC_FACILITIES,
                RequestCategory.EBIKE_CHARGING);
        static final Set<RequestCategory> COMMUNITY = EnumSet.of(
                RequestCategory.STREET_VENDORS_AND_ILLEGAL_STRUCTURES,
                RequestCategory.RENTAL_MANAGEMENT,
                RequestCategory.SAFETY,
                RequestCategory.EPIDEMIC_PREVENTION,
                RequestCategory.OTHER);
        static final Set<RequestCategory> VOLUNTEERS = EnumSet.of(RequestCategory.GARBAGE_SORTING);
        /** Sent back by the household's own handler: its party member or its property company. */
        static final Set<RequestCategory> HOUSEHOLD = union(MEMBER, PROPERTY);
        /** Urgent by default already: raising them would make them critical, two hours to resolve. */
        static final Set<RequestCategory> NOT_URGENT = EnumSet.complementOf(EnumSet.of(
                RequestCategory.EBIKE_CHARGING, RequestCategory.SAFETY, RequestCategory.EPIDEMIC_PREVENTION));

        private Routes() {}

        private static Set<RequestCategory> union(Set<RequestCategory> a, Set<RequestCategory> b) {
            Set<RequestCategory> both = EnumSet.copyOf(a);
            both.addAll(b);
            return both;
        }
    }
}
