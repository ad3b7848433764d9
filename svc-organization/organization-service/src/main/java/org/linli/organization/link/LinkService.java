package org.linli.organization.link;

import org.linli.organization.OrganizationProperties;
import org.linli.organization.api.event.HouseholdLinkChanged;
import org.linli.organization.household.Household;
import org.linli.organization.household.HouseholdService;
import org.linli.organization.link.dto.LinkView;
import org.linli.organization.partymember.PartyMember;
import org.linli.organization.partymember.PartyMemberService;
import org.linli.platform.error.DomainException;
import org.linli.platform.outbox.EventOutbox;
import org.linli.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 党员联户: which party member looks after which household. Each household has at most one
 * responsible member (a unique key, so of two concurrent assignments exactly one commits); each member
 * looks after a bounded number of households (a conditional counter update, never read-then-write).
 */
@Service
public class LinkService {

    private final MemberHouseholdLinkMapper links;
    private final HouseholdService households;
    private final PartyMemberService members;
    private final EventOutbox outbox;
    private final ApplicationEventPublisher events;
    private final int maxHouseholdsPerMember;

    LinkService(
            MemberHouseholdLinkMapper links,
            HouseholdService households,
            PartyMemberService members,
            EventOutbox outbox,
            ApplicationEventPublisher events,
            OrganizationProperties properties) {
        this.links = links;
        this.households = households;
        this.members = members;
        this.outbox = outbox;
        this.events = events;
        this.maxHouseholdsPerMember = properties.maxHouseholdsPerMember();
    }

    /** Makes a member responsible for a household that has none; 409 when it already has one. */
    @Transactional
    public LinkView assign(Caller caller, long householdId, long memberId) {
        Household household = households.visible(caller, householdId);
        PartyMember member = eligibleMember(caller, household, memberId);
        takeSlot(member);
        MemberHouseholdLink link = new MemberHouseholdLink();
        link.setHouseholdId(householdId);
        link.setPartyMemberId(memberId);
        link.setPath(household.getPath());
        try {
            links.insert(link);
        } catch (DuplicateKeyException taken) {
            // the transaction rolls back, giving the slot taken above back as well
            throw DomainException.conflict(
                    "link.household-taken",
                    "Household " + householdId + " already has a responsible party member; reassign it instead.");
        }
        changed(householdId, null, memberId);
        return new LinkView(householdId, memberId);
    }

    /** Hands a household from its current member to another one. */
    @Transactional
    public LinkView reassign(Caller caller, long householdId, long memberId) {
        Household household = households.visible(caller, householdId);
        MemberHouseholdLink current = links.selectByHousehold(householdId);
        if (current == null) {
            throw DomainException.notFound("link", householdId);
        }
        if (current.getPartyMemberId() == memberId) {
            return new LinkView(householdId, memberId);
        }
        PartyMember member = eligibleMember(caller, household, memberId);
        takeSlot(member);
        if (links.reassign(householdId, current.getPartyMemberId(), memberId) == 0) {
            throw DomainException.conflict(
                    "conflict.stale", "Someone else changed this household's member first; reload and try again.");
        }
        members.releaseHouseholdSlot(current.getPartyMemberId());
        changed(householdId, current.getPartyMemberId(), memberId);
        return new LinkView(householdId, memberId);
    }

    @Transactional
    public void unassign(Caller caller, long householdId) {
        households.visible(caller, householdId);
        MemberHouseholdLink current = links.selectByHousehold(householdId);
        if (current == null || links.deleteByHousehold(householdId, current.getPartyMemberId()) == 0) {
            throw DomainException.notFound("link", householdId);
        }
        members.releaseHouseholdSlot(current.getPartyMemberId());
        changed(householdId, current.getPartyMemberId(), null);
    }

    private PartyMember eligibleMember(Caller caller, Household household, long memberId) {
        PartyMember member = members.visible(caller, memberId);
        // a member's responsibility zone lies within their own organisation's area
        if (!household.getPath().startsWith(member.getScopePath())) {
            throw DomainException.invalid(
                    "link.outside-member-area",
                    "partyMemberId",
                    "this member's party organisation does not cover household " + household.getId());
        }
        return member;
    }

    private void takeSlot(PartyMember member) {
        if (!members.takeHouseholdSlot(member.getId(), maxHouseholdsPerMember)) {
            throw DomainException.conflict(
                    "link.member-full",
                    "Party member " + member.getId() + " already looks after " + maxHouseholdsPerMember
                            + " households, the most allowed.");
        }
    }

    private void changed(long householdId, Long previous, Long current) {
        outbox.add(householdId, new HouseholdLinkChanged(householdId, previous, current));
        events.publishEvent(new LinkChanged(householdId, previous, current));
    }
}
