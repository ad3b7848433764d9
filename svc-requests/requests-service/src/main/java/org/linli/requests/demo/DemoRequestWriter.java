package org.linli.requests.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.linli.organization.api.lookup.HouseholdPlace;
import org.linli.platform.security.Caller;
import org.linli.requests.deadline.DeadlineBasis;
import org.linli.requests.deadline.DeadlineCalculator;
import org.linli.requests.deadline.DueDates;
import org.linli.requests.demo.DemoCase.PlannedStep;
import org.linli.requests.demo.DemoCensus.Target;
import org.linli.requests.demo.DemoTimes.Moments;
import org.linli.requests.request.DemoSteps;
import org.linli.requests.request.RequestKind;
import org.linli.requests.request.RequestQueries;
import org.linli.requests.request.RequestRecording;
import org.linli.requests.request.dto.RecordRequest;
import org.linli.requests.request.dto.RequestView;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.SlaTerms;
import org.linli.requests.triage.TriageRules;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one demo request and its story, in the past: the clock stands at each step's instant while the use
 * case takes it, and before each step the deadline job runs at every instant something fell due meanwhile. The
 * whole request is one transaction (the use cases' own transactions join it), so a running svc-requests, whose
 * jobs do run, never sees a request half told; and when it commits, nothing about it is due before now.
 */
@Component
@ConditionalOnProperty(prefix = "linli.demo", name = "requests")
class DemoRequestWriter {

    /** More passes than any story needs (a warning, a reminder, an escalation a day up to the district). */
    private static final int MAX_PASSES = 50;
    /** A duplicate comes at least this long after the last step of the request it repeats. */
    private static final Duration DUPLICATE_AFTER = Duration.ofHours(6);

    private final DemoSteps demo;
    private final DemoStepTaker steps;
    private final DemoCensus census;
    private final RequestRecording recording;
    private final RequestQueries queries;
    private final TriageRules rules;
    private final DeadlineCalculator calculator;
    private final TransactionTemplate transaction;
    private final DemoClock clock;
    /** Each category's terms at its default urgency, for planning submissions; the table does not change meanwhile. */
    private final Map<RequestCategory, SlaTerms> terms = new EnumMap<>(RequestCategory.class);

    DemoRequestWriter(
            DemoSteps demo,
            DemoStepTaker steps,
            DemoCensus census,
            RequestRecording recording,
            RequestQueries queries,
            TriageRules rules,
            DeadlineCalculator calculator,
            TransactionTemplate transaction,
            DemoClock clock) {
        this.demo = demo;
        this.steps = steps;
        this.census = census;
        this.recording = recording;
        this.queries = queries;
        this.rules = rules;
        this.calculator = calculator;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Writes the case as it stands at {@code now}, about one of {@code homes} (a duplicate: one in the compound of
     * the request it repeats); returns the request's id.
     */
    long write(DemoCase planned, DemoHomes homes, Instant now) {
        try {
            return transaction.execute(status -> {
                Target target = duplicated(planned, homes, now);
                HouseholdPlace home = target != null
                        ? homes.inCompound(target.compoundPath(), planned.homePick())
                                .orElseThrow()
                        : homes.pick(planned.homeRoll(), planned.homePick());
                return tell(planned, new DemoArea(home), target, now);
            });
        } finally {
            clock.runOnRealTime();
        }
    }

    /** For a duplicate, the open demo request it repeats, in a compound the sample has homes in; else null. */
    private Target duplicated(DemoCase planned, DemoHomes homes, Instant now) {
        if (planned.story().now().kind() != DemoScript.AnchorKind.AFTER_TARGET) {
            return null;
        }
        return census.mergeTarget(planned.category(), now.minus(DUPLICATE_AFTER))
                .filter(target -> homes.inCompound(target.compoundPath(), 0).isPresent())
                .orElse(null);
    }

    private long tell(DemoCase planned, DemoArea area, Target target, Instant now) {
        Instant submitted = DemoTimes.submission(
                planned, now, at -> preview(planned.category(), at), target == null ? null : target.lastStep());
        clock.standAt(submitted);
        long id = file(planned, area);
        Instant latest = now.minus(DemoTimes.STEP_GAP);
        Instant previous = submitted;
        for (PlannedStep step : planned.steps()) {
            Instant at = DemoTimes.next(step.when(), moments(read(id, area)), previous);
            if (at.isAfter(latest)) {
                // a story planned around deadlines that came out shorter: what is left would lie in the future
                break;
            }
            catchUp(id, at);
            RequestView request = read(id, area);
            if (!DemoStepTaker.possible(step.action(), request)) {
                break; // the deadline job moved it on: the story ends as the job left it
            }
            if (step.action() == DemoAction.MERGE && target == null) {
                break; // nothing open in the compound to merge into: it stays submitted
            }
            clock.standAt(at);
            steps.take(step, planned, area, request, target == null ? null : target.id());
            previous = at;
        }
        catchUp(id, now);
        return id;
    }

    private long file(DemoCase planned, DemoArea area) {
        long household = area.home().householdId();
        if (!planned.recordedByStaff()) {
            return demo.fileAsResident(
                    area.resident().accountId(),
                    planned.category(),
                    planned.text(),
                    household,
                    planned.place(),
                    planned.anonymous());
        }
        Caller recorder = planned.patrol() ? area.gridWorker() : area.communityAdmin();
        RecordRequest command = new RecordRequest(
                planned.channel(),
                planned.category(),
                null,
                planned.text(),
                planned.patrol() ? null : household,
                planned.patrol() ? area.home().compoundId() : null,
                planned.place(),
                planned.contactName(),
                planned.contactPhone(),
                false,
                RequestKind.REQUEST,
                List.of());
        return recording.record(recorder, command).id();
    }

    /** Runs the deadline job at each instant something about the request falls due, up to {@code until}. */
    private void catchUp(long id, Instant until) {
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Instant due = demo.nextCheck(id);
            if (due == null || due.isAfter(until)) {
                return;
            }
            // a second on: the job counts the instant finer than the column keeps it (on MariaDB, Connector/J
            // sends whole seconds), and a pass at the stored instant would find it not quite due yet
            clock.standAt(due.plusSeconds(1));
            demo.deadlinePass();
        }
        throw new IllegalStateException("demo request " + id + " is still due after " + MAX_PASSES + " passes");
    }

    private RequestView read(long id, DemoArea area) {
        return queries.get(area.systemAdmin(), id);
    }

    private Moments preview(RequestCategory category, Instant submitted) {
        SlaTerms sla = terms.computeIfAbsent(
                category, c -> rules.termsFor(c, rules.defaultsFor(c).urgency()));
        DueDates due = calculator.dueDates(DeadlineBasis.fresh(submitted, sla));
        return new Moments(submitted, due.response(), due.resolution());
    }

    private static Moments moments(RequestView request) {
        return new Moments(
                request.submittedAt().toInstant(),
                request.responseDueAt().toInstant(),
                request.resolutionDueAt().toInstant());
    }
}
