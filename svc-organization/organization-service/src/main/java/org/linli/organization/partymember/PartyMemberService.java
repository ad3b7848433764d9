package org.linli.organization.partymember;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.organization.accessaudit.AccessAudit;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.household.HouseholdService;
import org.linli.organization.partner.PartnerUnit;
import org.linli.organization.partner.PartnerUnitService;
import org.linli.organization.partymember.dto.ChangePartyMember;
import org.linli.organization.partymember.dto.EnrollPartyMember;
import org.linli.organization.partymember.dto.Membership;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.organization.partyorg.PartyOrg;
import org.linli.organization.partyorg.PartyOrgService;
import org.linli.organization.person.PersonService;
import org.linli.organization.person.dto.UnmaskedPerson;
import org.linli.platform.error.DomainException;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Party members (党员): enrolment in an organisation, positions, and their household slots. */
@Service
public class PartyMemberService {

    private final PartyMemberMapper members;
    private final PartyOrgService orgs;
    private final PersonService people;
    private final HouseholdService households;
    private final GeographyService geography;
    private final PartnerUnitService partners;
    private final ApplicationEventPublisher events;
    private final AccessAudit audit;

    PartyMemberService(
            PartyMemberMapper members,
            PartyOrgService orgs,
            PersonService people,
            HouseholdService households,
            GeographyService geography,
            PartnerUnitService partners,
            ApplicationEventPublisher events,
            AccessAudit audit) {
        this.audit = audit;
        this.members = members;
        this.orgs = orgs;
        this.people = people;
        this.households = households;
        this.geography = geography;
        this.partners = partners;
        this.events = events;
    }

    /**
     * Enrols the person named. Someone already registered is enrolled only under their recorded name,
     * and only by a caller who sees every record of theirs: a person has one membership, and whether
     * they hold one elsewhere is not this caller's to learn (409 {@code person.registered-elsewhere}).
     */
    @Transactional
    public PartyMemberView enroll(Caller caller, EnrollPartyMember command) {
        // check the assignment before the person is written, so a refusal leaves no orphan person
        PartyOrg org = checkedAssignment(caller, command.membership());
        long personId = people.identify(command.person());
        return view(insert(caller, org, personId, command.membership(), people.encryptedPhone(command.person())));
    }

    /**
     * Enrols a person already in the registry, e.g. the applicant of an approved 双报到 registration.
     *
     * @param phoneCipher the phone recorded with the person in the caller's scope, encrypted, or null
     */
    @Transactional
    public PartyMemberView enroll(Caller caller, long personId, Membership membership, @Nullable String phoneCipher) {
        PartyOrg org = checkedAssignment(caller, membership);
        return view(insert(caller, org, personId, membership, phoneCipher));
    }

    /** Moves a member to another organisation or position; 409 when someone changed them meanwhile. */
    @Transactional
    public PartyMemberView change(Caller caller, long id, ChangePartyMember command) {
        visible(caller, id);
        PartyOrg org = orgs.visible(caller, command.partyOrgId());
        checkPartner(caller, org, command.partnerUnitId());
        if (members.countLinkedOutside(id, org.getScopePath()) > 0) {
            throw DomainException.conflict(
                    "party-member.households-outside-new-area",
                    "This member looks after households outside the new organisation's area; hand them to"
                            + " another member first.");
        }
        int changed = members.reassign(
                id, command.version(), org.getId(), org.getScopePath(), command.position(), command.partnerUnitId());
        if (changed == 0) {
            throw DomainException.conflict(
                    "party-member.stale", "Someone else changed this party member first; reload and try again.");
        }
        // their position and organisation show in the cached lookups of their households
        events.publishEvent(new PartyMemberChanged(id));
        return view(require(id));
    }

    /** Whether the person is a party member, whoever enrolled them: for their own account, not for staff. */
    public boolean isPartyMember(long personId) {
        return members.selectByPerson(personId) != null;
    }

    /** Whether the person is a party member in the caller's area; memberships elsewhere are not theirs to see. */
    public boolean isPartyMemberSeenBy(Caller caller, long personId) {
        PartyMember member = members.selectByPerson(personId);
        return member != null && caller.sees(member.getScopePath());
    }

    /**
     * Which of these people the caller sees as party members (memberships in the caller's area only):
     * one query, for lists that flag them.
     */
    public Set<Long> partyMembersAmong(Caller caller, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return members.selectByPersons(personIds).stream()
                .filter(m -> caller.sees(m.getScopePath()))
                .map(PartyMember::getPersonId)
                .collect(Collectors.toSet());
    }

    public PartyMemberView get(Caller caller, long id) {
        return view(visible(caller, id));
    }

    public PageResult<PartyMemberView> listUnder(Caller caller, long orgUnitId, long page, long size) {
        String path = geography.visible(caller, orgUnitId).getPath();
        return PageResult.of(members.selectPageInScope(path, Page.of(page, size)), this::view);
    }

    /** A member the caller may see (staff in scope, or the member themself), or 404. */
    public PartyMember visible(Caller caller, long id) {
        return DataScope.require(
                caller,
                members.selectById(id),
                PartyMember::getScopePath,
                member -> caller.personId() != null && caller.personId().equals(member.getPersonId()),
                "party-member",
                id);
    }

    public PartyMember require(long id) {
        PartyMember member = members.selectById(id);
        if (member == null) {
            throw DomainException.notFound("party-member", id);
        }
        return member;
    }

    /**
     * A member's details in clear, for an administrator of the member's area who says why; recorded in
     * the access audit before they are returned.
     */
    public UnmaskedPerson reveal(Caller caller, long id, String reason) {
        PartyMember member = members.selectById(id);
        if (member == null || !caller.sees(member.getScopePath())) {
            throw DomainException.notFound("party-member", id);
        }
        audit.revealing(caller, "party-member", id, member.getPersonId(), member.getScopePath(), reason);
        return people.reveal(member.getPersonId(), member.getPhoneCipher());
    }

    /** Takes one of the member's household slots; false when they already look after {@code max}. */
    @Transactional
    public boolean takeHouseholdSlot(long memberId, int max) {
        return members.takeHouseholdSlot(memberId, max) == 1;
    }

    @Transactional
    public void releaseHouseholdSlot(long memberId) {
        members.releaseHouseholdSlot(memberId);
    }

    private PartyOrg checkedAssignment(Caller caller, Membership membership) {
        PartyOrg org = orgs.visible(caller, membership.partyOrgId());
        if (membership.centralHouseholdId() != null) {
            households.visible(caller, membership.centralHouseholdId());
        }
        if (membership.category() == MemberCategory.IN_SERVICE
                && (isBlank(membership.employer()) || isBlank(membership.employerPartyOrg()))) {
            throw DomainException.invalid(
                    "party-member.employer-required",
                    "employer",
                    "an in-service member needs their employer and the employer's party organisation");
        }
        checkPartner(caller, org, membership.partnerUnitId());
        return org;
    }

    /**
     * A part-time committee member (兼职委员) sent by a partner unit sits in an organisation of the
     * community that signed with that unit; a partner of another community cannot send members here.
     */
    private void checkPartner(Caller caller, PartyOrg org, Long partnerUnitId) {
        if (partnerUnitId == null) {
            return;
        }
        PartnerUnit partner = partners.visible(caller, partnerUnitId);
        if (!org.getScopePath().startsWith(partner.getScopePath())) {
            throw DomainException.invalid(
                    "party-member.partner-outside-community",
                    "partnerUnitId",
                    "partner unit " + partnerUnitId + " works with another community than party organisation "
                            + org.getId());
        }
    }

    private PartyMember insert(
            Caller caller, PartyOrg org, long personId, Membership membership, @Nullable String phoneCipher) {
        people.requireWholeInView(caller, personId);
        PartyMember member = new PartyMember();
        member.setPersonId(personId);
        member.setPhoneCipher(phoneCipher);
        member.setPartyOrgId(org.getId());
        member.setScopePath(org.getScopePath());
        member.setCategory(membership.category());
        member.setPosition(membership.position());
        member.setCentralHouseholdId(membership.centralHouseholdId());
        member.setPartnerUnitId(membership.partnerUnitId());
        member.setEmployer(membership.employer());
        member.setEmployerPartyOrg(membership.employerPartyOrg());
        member.setLinkedHouseholds(0);
        member.setVersion(0);
        try {
            members.insert(member);
        } catch (DuplicateKeyException e) {
            // enrolled meanwhile, perhaps outside the caller's area: that must not show either
            people.requireWholeInView(caller, personId);
            throw DomainException.conflict(
                    "party-member.already-enrolled", "This person is already registered as a party member.");
        }
        return member;
    }

    PartyMemberView view(PartyMember m) {
        return new PartyMemberView(
                m.getId(),
                people.view(m.getPersonId(), m.getPhoneCipher()),
                m.getPartyOrgId(),
                m.getCategory(),
                m.getPosition(),
                m.getCentralHouseholdId(),
                m.getPartnerUnitId(),
                m.getEmployer(),
                m.getEmployerPartyOrg(),
                m.getLinkedHouseholds(),
                m.getVersion());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
