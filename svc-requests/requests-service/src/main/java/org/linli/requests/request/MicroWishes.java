package org.linli.requests.request;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.linli.platform.core.token.Role;
import org.linli.platform.error.DomainException;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.linli.requests.request.dto.RequestView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 微心愿 ("your wish, my volunteering"): a resident files a small wish (kind MICRO_WISH); staff review it, and
 * accepting it publishes it to the party members and volunteers of its compound instead of dispatching it; one
 * of them claims it (ASSIGN, to themselves: the first claim wins, the others get 409), fulfils it (START,
 * RESOLVE) and the resident confirms (CLOSE). svc-volunteer turns the fulfilled wish into hours from the events.
 */
@Service
public class MicroWishes {

    private final ResidentRequestMapper requests;
    private final HouseholdPlacement placement;
    private final RequestSteps steps;
    private final RequestViews views;
    private final TransactionTemplate transaction;

    MicroWishes(
            ResidentRequestMapper requests,
            HouseholdPlacement placement,
            RequestSteps steps,
            RequestViews views,
            TransactionTemplate transaction) {
        this.requests = requests;
        this.placement = placement;
        this.steps = steps;
        this.views = views;
        this.transaction = transaction;
    }

    /** The compound's published wishes nobody has claimed, for its party members and volunteers. */
    public PageResult<RequestView> board(Caller caller, long householdId, long page, long size) {
        String compound = compoundOf(caller, householdId);
        return PageResult.of(
                requests.selectPageOfWishes(compound, new Page<>(page, size)),
                wish -> views.withoutTimeline(caller, wish));
    }

    /** Claims a published wish of the caller's compound; answers it as its new handler sees it. */
    public RequestView claim(Caller caller, long id, long householdId) {
        String compound = compoundOf(caller, householdId);
        return transaction.execute(status -> {
            ResidentRequest wish = requests.selectById(id);
            if (wish == null || !wish.isWish() || !compound.equals(wish.getCompoundPath())) {
                throw RequestLoader.notFound(id);
            }
            if (wish.getStatus() == RequestStatus.SUBMITTED) {
                // not yet reviewed: as unknown to the claimer as any unpublished wish
                throw RequestLoader.notFound(id);
            }
            if (wish.getStatus() != RequestStatus.ACCEPTED) {
                // claimed already (ASSIGN from ASSIGNED would be a reassignment, which is staff's), or closed
                throw RequestLifecycle.refused(wish.getStatus(), RequestAction.ASSIGN);
            }
            if (RequestAccess.isSubmitter(caller, wish)) {
                throw DomainException.conflict("resident-request.own-wish", "A wish is for someone else to fulfil.");
            }
            boolean member = caller.has(Role.PARTY_MEMBER);
            new DispatchTarget(
                            member ? HandlerKind.PARTY_MEMBER : HandlerKind.VOLUNTEER,
                            null,
                            caller.personId(),
                            compound,
                            Level.COMPOUND,
                            null)
                    .applyTo(wish);
            steps.take(caller.accountId(), wish, RequestAction.ASSIGN, member ? "党员认领了这个微心愿。" : "志愿者认领了这个微心愿。");
            return views.withTimeline(caller, wish);
        });
    }

    private String compoundOf(Caller caller, long householdId) {
        if (!(caller.has(Role.PARTY_MEMBER) || caller.has(Role.VOLUNTEER)) || caller.personId() == null) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN,
                    "resident-request.not-a-volunteer",
                    "Micro-wishes are claimed by the compound's party members and registered volunteers.");
        }
        return Level.COMPOUND.unitPath(placement.residentHomeNow(householdId));
    }
}
