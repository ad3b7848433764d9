package org.linli.requests.demo;

import java.util.HashMap;
import java.util.Map;
import org.linli.platform.security.Caller;
import org.linli.requests.client.organization.HouseholdHandlersClient;
import org.linli.requests.demo.DemoCase.PlannedStep;
import org.linli.requests.request.DemoSteps;
import org.linli.requests.request.HandlerKind;
import org.linli.requests.request.Level;
import org.linli.requests.request.RequestAction;
import org.linli.requests.request.RequestDispatch;
import org.linli.requests.request.RequestFeedback;
import org.linli.requests.request.RequestHandling;
import org.linli.requests.request.RequestLifecycle;
import org.linli.requests.request.RequestMerge;
import org.linli.requests.request.RequestStatus;
import org.linli.requests.request.RequestTriage;
import org.linli.requests.request.RequestWithdrawal;
import org.linli.requests.request.dto.AssignCommand;
import org.linli.requests.request.dto.RequestView;
import org.linli.requests.triage.Urgency;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Takes one step of a demo story through the use case staff or the resident would call, as whoever would take
 * it where the request stands now: the dispatchers of its current level, its handler, or its resident.
 */
@Component
@ConditionalOnProperty(prefix = "linli.demo", name = "requests")
class DemoStepTaker {

    private final DemoSteps demo;
    private final RequestTriage triage;
    private final RequestDispatch dispatch;
    private final RequestHandling handling;
    private final RequestFeedback feedback;
    private final RequestWithdrawal withdrawal;
    private final RequestMerge merge;
    private final HouseholdHandlersClient handlers;
    /** Each household's party member's person, as svc-organization named it to dispatch. */
    private final Map<Long, Long> memberPersons = new HashMap<>();

    DemoStepTaker(
            DemoSteps demo,
            RequestTriage triage,
            RequestDispatch dispatch,
            RequestHandling handling,
            RequestFeedback feedback,
            RequestWithdrawal withdrawal,
            RequestMerge merge,
            HouseholdHandlersClient handlers) {
        this.demo = demo;
        this.triage = triage;
        this.dispatch = dispatch;
        this.handling = handling;
        this.feedback = feedback;
        this.withdrawal = withdrawal;
        this.merge = merge;
        this.handlers = handlers;
    }

    /** Whether the step can still be taken: the deadline job may have moved the request on meanwhile. */
    static boolean possible(DemoAction action, RequestView request) {
        RequestStatus status = request.status();
        boolean open = !status.isFinal() && status != RequestStatus.RESOLVED;
        return switch (action) {
            case ASK -> open && status != RequestStatus.SUBMITTED && request.waitingForResidentSince() == null;
            case ANSWER -> request.waitingForResidentSince() != null;
            case RAISE_URGENCY -> open;
            case ESCALATE ->
                request.level() != Level.DISTRICT
                        && RequestLifecycle.target(status, RequestAction.ESCALATE)
                                .isPresent();
            default -> RequestLifecycle.target(status, action.action()).isPresent();
        };
    }

    /** Takes the step; {@code mergeInto} is the request a duplicate goes into, for MERGE. */
    void take(PlannedStep step, DemoCase planned, DemoArea area, RequestView request, Long mergeInto) {
        long id = request.id();
        Caller dispatcher = area.dispatcherAt(request.level());
        String note = step.note();
        switch (step.action()) {
            case ACCEPT -> triage.accept(dispatcher, id);
            case ACCEPT_ORGANIZATION_AWAY -> demo.acceptWhileOrganizationAway(dispatcher, id);
            case ASSIGN_MEMBER, ASSIGN_PROPERTY, ASSIGN_COMMUNITY, ASSIGN_VOLUNTEERS -> {
                // the category's route usually named this kind already; staff choose it only when it did not
                if (request.handlerKind() != step.action().to()) {
                    dispatch.assign(
                            dispatcher, id, new AssignCommand(step.action().to(), null, note));
                }
            }
            case REASSIGN_TO_COMMUNITY, REDISPATCH ->
                dispatch.assign(dispatcher, id, new AssignCommand(step.action().to(), null, note));
            case START -> handling.start(handler(area, request), id);
            case ASK -> handling.askResident(handler(area, request), id, note);
            case ANSWER -> handling.answer(area.resident(), id, note);
            case SEND_BACK -> handling.sendBack(handler(area, request), id, note);
            case ESCALATE -> handling.escalate(dispatcher, id, note);
            case RESOLVE -> handling.resolve(handler(area, request), id, note);
            case CONFIRM -> {
                if (planned.recordedByStaff()) {
                    feedback.followUp(dispatcher, id, true, step.rating(), note);
                } else {
                    feedback.confirm(area.resident(), id, step.rating(), note);
                }
            }
            case REOPEN -> {
                if (planned.recordedByStaff()) {
                    feedback.followUp(dispatcher, id, false, null, note);
                } else {
                    feedback.reopen(area.resident(), id, note);
                }
            }
            case REJECT -> triage.reject(dispatcher, id, note);
            case MERGE -> merge.merge(dispatcher, id, mergeInto);
            case WITHDRAW -> withdrawal.withdraw(area.resident(), id, note);
            case RAISE_URGENCY -> triage.changeUrgency(dispatcher, id, Urgency.URGENT, note);
        }
    }

    /** Whoever it is dispatched to; while it is with no one, the dispatchers of its level. */
    private Caller handler(DemoArea area, RequestView request) {
        HandlerKind kind = request.handlerKind();
        if (kind == null) {
            return area.dispatcherAt(request.level());
        }
        return switch (kind) {
            case PARTY_MEMBER -> area.partyMember(memberPerson(area.home().householdId()));
            case PROPERTY -> area.propertyStaff();
            case VOLUNTEERS -> area.communityAdmin();
            // a micro-wish's volunteer: no demo story makes one, and its dispatchers may act on it too
            case ORG_UNIT, VOLUNTEER -> area.dispatcherAt(request.level());
        };
    }

    private long memberPerson(long householdId) {
        return memberPersons.computeIfAbsent(
                householdId, id -> handlers.handlersOfHousehold(id).partyMemberPersonId());
    }
}
