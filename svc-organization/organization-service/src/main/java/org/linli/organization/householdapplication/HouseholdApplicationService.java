package org.linli.organization.householdapplication;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.linli.organization.account.Account;
import org.linli.organization.account.AccountService;
import org.linli.organization.consent.ConsentService;
import org.linli.organization.consent.ConsentWithdrawn;
import org.linli.organization.household.Household;
import org.linli.organization.household.HouseholdService;
import org.linli.organization.householdapplication.dto.ApplyForHousehold;
import org.linli.organization.householdapplication.dto.HouseholdApplicationView;
import org.linli.organization.householdapplication.dto.RejectHouseholdApplication;
import org.linli.organization.person.PersonService;
import org.linli.organization.person.dto.PersonView;
import org.linli.platform.error.DomainException;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents whom the roster did not know (verified through the ID-check service) ask to be tied to a
 * household; staff of the community it belongs to approve (the tie is made) or reject with a reason.
 */
@Service
public class HouseholdApplicationService {

    /** Before the real-name link is undone, so that a person erased then is no longer referred to here. */
    static final int WITHDRAWAL_ORDER = 10;

    private final HouseholdApplicationMapper applications;
    private final HouseholdService households;
    private final AccountService accounts;
    private final PersonService people;
    private final ConsentService consents;

    HouseholdApplicationService(
            HouseholdApplicationMapper applications,
            HouseholdService households,
            AccountService accounts,
            PersonService people,
            ConsentService consents) {
        this.applications = applications;
        this.households = households;
        this.accounts = accounts;
        this.people = people;
        this.consents = consents;
    }

    @Transactional
    public HouseholdApplicationView apply(long accountId, ApplyForHousehold command) {
        consents.require(accountId);
        Account account = accounts.require(accountId);
        if (account.getPersonId() == null) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN,
                    "real-name.required",
                    "Verify your real name first: staff need to know who is asking to live here.");
        }
        // a resident has no data scope: any household exists for them, its residents stay hidden
        Household household = households.require(command.householdId());
        if (households.residentsOf(household.getId()).contains(account.getPersonId())) {
            throw DomainException.conflict(
                    "household-application.already-tied", "You already belong to this household.");
        }
        HouseholdApplication application = new HouseholdApplication();
        application.setAccountId(accountId);
        application.setPersonId(account.getPersonId());
        application.setHouseholdId(household.getId());
        application.setScopePath(household.getPath());
        application.setRelation(command.relation());
        application.setStatus(HouseholdApplicationStatus.PENDING);
        try {
            applications.insert(application);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(
                    "household-application.already-pending",
                    "You already have an application for this household waiting for a decision.");
        }
        return view(applications.selectById(application.getId()));
    }

    /** A resident's own applications, newest first. */
    public List<HouseholdApplicationView> mine(long accountId) {
        return views(applications.selectByAccount(accountId));
    }

    public PageResult<HouseholdApplicationView> list(
            Caller caller, HouseholdApplicationStatus status, long page, long size) {
        Page<HouseholdApplication> found =
                applications.selectPageInScope(caller.scopePrefix(), status, Page.of(page, size));
        Map<Long, PersonView> applicants = applicants(found.getRecords());
        return PageResult.of(found, a -> view(a, applicants.get(a.getPersonId())));
    }

    public HouseholdApplicationView get(Caller caller, long id) {
        return view(visible(caller, id));
    }

    /** Ties the applicant to the household; a concurrent decision makes this a 409 and undoes the tie. */
    @Transactional
    public HouseholdApplicationView approve(Caller caller, long id) {
        HouseholdApplication application = visible(caller, id);
        HouseholdApplicationStatus next = application.getStatus().moveTo(HouseholdApplicationStatus.APPROVED);
        households.tie(application.getHouseholdId(), application.getPersonId(), application.getRelation(), null);
        record(application, next, null, caller);
        return get(caller, id);
    }

    @Transactional
    public HouseholdApplicationView reject(Caller caller, long id, RejectHouseholdApplication command) {
        HouseholdApplication application = visible(caller, id);
        HouseholdApplicationStatus next = application.getStatus().moveTo(HouseholdApplicationStatus.REJECTED);
        record(application, next, command.reason().trim(), caller);
        return get(caller, id);
    }

    @EventListener
    @Order(WITHDRAWAL_ORDER)
    void on(ConsentWithdrawn withdrawn) {
        applications.releaseApplicant(withdrawn.accountId());
    }

    /** Staff within scope, or the applicant's own account; anyone else gets 404. */
    private HouseholdApplication visible(Caller caller, long id) {
        return DataScope.require(
                caller,
                applications.selectById(id),
                HouseholdApplication::getScopePath,
                application -> application.getAccountId() == caller.accountId(),
                "household-application",
                id);
    }

    private void record(
            HouseholdApplication application, HouseholdApplicationStatus next, String reason, Caller caller) {
        if (applications.decide(application.getId(), application.getStatus(), next, reason, caller.accountId()) == 0) {
            throw DomainException.conflict(
                    "household-application.already-decided", "Someone else decided this application first.");
        }
    }

    private List<HouseholdApplicationView> views(List<HouseholdApplication> found) {
        Map<Long, PersonView> applicants = applicants(found);
        return found.stream().map(a -> view(a, applicants.get(a.getPersonId()))).toList();
    }

    private Map<Long, PersonView> applicants(List<HouseholdApplication> found) {
        return people.views(found.stream()
                .map(HouseholdApplication::getPersonId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    }

    private HouseholdApplicationView view(HouseholdApplication a) {
        return view(a, a.getPersonId() == null ? null : people.view(a.getPersonId()));
    }

    private HouseholdApplicationView view(HouseholdApplication a, PersonView applicant) {
        Household household = households.require(a.getHouseholdId());
        return new HouseholdApplicationView(
                a.getId(),
                household.getId(),
                household.getCompoundId(),
                household.getRoom(),
                applicant,
                a.getRelation(),
                a.getStatus(),
                a.getDecisionReason(),
                a.getDecidedAt(),
                a.getCreatedAt());
    }
}
