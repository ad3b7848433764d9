package org.linli.requests.request;

import java.util.List;
import java.util.Optional;
import org.linli.organization.api.lookup.HouseholdPlace;
import org.linli.platform.client.DependencyUnavailable;
import org.linli.platform.client.RemoteProblem;
import org.linli.requests.client.organization.OrganizationClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finishes what waited for svc-organization: places requests filed while it was away, and dispatches
 * accepted ones whose handler it could not name. In the background, with the service's own SERVICE token
 * (grant org.lookups). svc-organization is asked before the request is locked (no transaction waits on
 * another service); the answer is applied under the row lock only if the request still waits for it, so
 * two instances never apply it twice.
 */
@Component
class DispatchRetries extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(DispatchRetries.class);
    private static final int BATCH = 100;

    private final ResidentRequestMapper requests;
    private final OrganizationClient households;
    private final DispatchTargets targets;
    private final RequestDispatch dispatch;
    private final RequestSteps steps;
    private final TransactionTemplate transaction;

    DispatchRetries(
            ResidentRequestMapper requests,
            OrganizationClient households,
            DispatchTargets targets,
            RequestDispatch dispatch,
            RequestSteps steps,
            TransactionTemplate transaction,
            RequestsProperties properties) {
        super("dispatch-retries", properties.dispatchRetry(), properties.jobsEnabled());
        this.requests = requests;
        this.households = households;
        this.targets = targets;
        this.dispatch = dispatch;
        this.steps = steps;
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Override
    int runOnce() {
        int done = 0;
        for (long id : requests.selectUnplacedIds(BATCH)) {
            if (!place(id)) {
                return done; // svc-organization is still away: the rest can wait for the next pass
            }
            done++;
        }
        List<Long> pending = requests.selectDispatchPendingIds(BATCH);
        for (long id : pending) {
            if (!dispatchPending(id)) {
                return done;
            }
            done++;
        }
        return done;
    }

    /** False when svc-organization cannot answer. */
    private boolean place(long id) {
        ResidentRequest request = requests.selectById(id);
        if (request == null || request.getHouseholdId() == null) {
            return true;
        }
        Optional<HouseholdPlace> place;
        try {
            place = Optional.of(households.placeOfHousehold(request.getHouseholdId()));
        } catch (DependencyUnavailable down) {
            return false;
        } catch (RemoteProblem refused) {
            log.warn(
                    "Request {} names household {}, which svc-organization does not know ({})",
                    id,
                    request.getHouseholdId(),
                    refused.code());
            place = Optional.empty();
        }
        Optional<HouseholdPlace> found = place;
        transaction.executeWithoutResult(status -> {
            ResidentRequest locked = requests.lockOrSkip(id);
            if (locked == null || locked.getScopePath() != null || found.isEmpty()) {
                return;
            }
            locked.placeAt(HouseholdPlacement.scopeOf(found.get().path(), locked.getPlace()));
            steps.record(RequestSteps.SYSTEM, locked, RequestAction.PLACED, null, true);
        });
        return true;
    }

    /** False when svc-organization cannot answer. */
    private boolean dispatchPending(long id) {
        ResidentRequest request = requests.selectById(id);
        if (request == null || !Boolean.TRUE.equals(request.getDispatchPending())) {
            return true;
        }
        DispatchTarget target;
        try {
            target = targets.byRule(request);
        } catch (DependencyUnavailable down) {
            return false;
        }
        transaction.executeWithoutResult(status -> {
            ResidentRequest locked = requests.lockOrSkip(id);
            if (locked == null
                    || !Boolean.TRUE.equals(locked.getDispatchPending())
                    || !locked.getVersion().equals(request.getVersion())) {
                return; // taken by another instance, or staff moved it meanwhile: the next pass looks again
            }
            dispatch.completePending(locked, target);
        });
        return true;
    }
}
