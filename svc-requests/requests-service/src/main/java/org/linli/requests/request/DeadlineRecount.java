package org.linli.requests.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.linli.requests.deadline.CalendarChanged;
import org.linli.requests.deadline.Deadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When an administrator enters (or corrects) a year of the calendar, the open requests whose deadlines were
 * counted through it are counted again: those marked provisional, and those whose resolution deadline falls
 * in that year or within the working days that follow it. Each in a transaction of its own; one that staff
 * move at the same moment is counted again once more.
 */
@Component
class DeadlineRecount {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecount.class);
    /** A deadline in January may have been counted through the December before it. */
    private static final int SPILL_DAYS = 100;

    private final ResidentRequestMapper requests;
    private final RequestDeadlines deadlines;
    private final RequestSteps steps;
    private final TransactionTemplate transaction;

    DeadlineRecount(
            ResidentRequestMapper requests,
            RequestDeadlines deadlines,
            RequestSteps steps,
            TransactionTemplate transaction) {
        this.requests = requests;
        this.deadlines = deadlines;
        this.steps = steps;
        this.transaction = transaction;
    }

    @EventListener
    void calendarChanged(CalendarChanged changed) {
        Set<Long> ids = new LinkedHashSet<>();
        requests.selectProvisional().forEach(request -> ids.add(request.getId()));
        LocalDate first = LocalDate.of(changed.year(), 1, 1);
        requests.selectDueBetween(
                        first.atStartOfDay(Deadlines.BEIJING).toInstant(),
                        first.plusYears(1)
                                .plusDays(SPILL_DAYS)
                                .atStartOfDay(Deadlines.BEIJING)
                                .toInstant())
                .forEach(request -> ids.add(request.getId()));
        int moved = 0;
        for (long id : ids) {
            if (recount(id)) {
                moved++;
            }
        }
        log.info(
                "Calendar {} entered: {} open requests counted again, {} deadlines moved",
                changed.year(),
                ids.size(),
                moved);
    }

    /** Whether its resolution deadline moved; a request staff moved at the same moment is counted once more. */
    private boolean recount(long id) {
        try {
            return recountOnce(id);
        } catch (OptimisticLockingFailureException movedMeanwhile) {
            return recountOnce(id);
        }
    }

    private boolean recountOnce(long id) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            ResidentRequest request = requests.selectById(id);
            if (request.getStatus().isFinal() || request.getResponseAmount() == null) {
                return false;
            }
            Instant before = request.getResolutionDueAt();
            deadlines.recount(request);
            steps.save(request);
            return !before.equals(request.getResolutionDueAt());
        }));
    }
}
