package org.linli.requests.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 督办: warns before a deadline, sends an overdue request up a level (and again while it stays overdue), reminds
 * the day after a missed deadline, and closes a resolution nobody answered. Each due request is taken in a
 * transaction of its own under a row lock with SKIP LOCKED, re-checked under the lock: several instances
 * running the job at once never act twice on one request, and one request that fails holds up no other.
 */
@Component
class DeadlineJob extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineJob.class);
    /** A request whose pass failed is looked at again after this, rather than on every pass. */
    private static final Duration AFTER_A_FAILURE = Duration.ofMinutes(10);

    private final ResidentRequestMapper requests;
    private final RequestSteps steps;
    private final TransactionTemplate transaction;
    private final RequestsProperties properties;
    private final Clock clock;

    DeadlineJob(
            ResidentRequestMapper requests,
            RequestSteps steps,
            TransactionTemplate transaction,
            RequestsProperties properties,
            Clock clock) {
        super("deadline-job", properties.watchInterval(), properties.jobsEnabled());
        this.requests = requests;
        this.steps = steps;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        // READ COMMITTED: a locking read under REPEATABLE READ also locks the gaps it scanned (see OutboxRelay)
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Override
    int runOnce() {
        Instant now = clock.instant();
        int handled = 0;
        List<Long> due;
        do {
            due = requests.selectDueIds(now, properties.watchBatch());
            for (long id : due) {
                if (takeOne(id, now)) {
                    handled++;
                }
            }
        } while (due.size() == properties.watchBatch());
        return handled;
    }

    private boolean takeOne(long id, Instant now) {
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                ResidentRequest request = requests.lockIfDue(id, now);
                if (request == null) {
                    return false; // another instance has it, or took it already
                }
                act(request, now);
                return true;
            }));
        } catch (RuntimeException e) {
            log.warn("Deadline job could not act on request {}: {}", id, e.toString());
            transaction.executeWithoutResult(status -> requests.postponeCheck(id, now.plus(AFTER_A_FAILURE)));
            return false;
        }
    }

    private void act(ResidentRequest request, Instant now) {
        Set<DeadlineWatch.Due> due = steps.watch().dueAt(request, now);
        if (due.isEmpty()) {
            steps.save(request); // its next look was early: just set the right one
            return;
        }
        if (due.contains(DeadlineWatch.Due.AUTO_CLOSE)) {
            request.setClosedAt(now);
            steps.take(RequestSteps.SYSTEM, request, RequestAction.CLOSE, "居民在确认期内未提出异议，系统自动办结。");
            return;
        }
        if (due.contains(DeadlineWatch.Due.WARN) && !due.contains(DeadlineWatch.Due.ESCALATE)) {
            request.setWarnedAt(now);
            steps.record(RequestSteps.SYSTEM, request, RequestAction.DEADLINE_WARNING, null, true);
        }
        if (due.contains(DeadlineWatch.Due.ESCALATE)) {
            request.setWarnedAt(request.getWarnedAt() == null ? now : request.getWarnedAt());
            Escalation.up(request, now);
            steps.take(
                    RequestSteps.SYSTEM,
                    request,
                    RequestAction.ESCALATE,
                    "超过办理时限，已自动上报" + request.getLevel().chinese() + "督办。");
        }
        if (due.contains(DeadlineWatch.Due.REMIND)) {
            request.setRemindedAt(now);
            steps.record(RequestSteps.SYSTEM, request, RequestAction.OVERDUE_REMINDER, null, true);
        }
    }
}
