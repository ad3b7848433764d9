package org.linli.organization.partymember;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.household.HouseholdService;
import org.linli.organization.partymember.dto.EnrollPartyMember;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.organization.partyorg.PartyOrg;
import org.linli.organization.partyorg.PartyOrgService;
import org.linli.organization.person.PersonService;
import org.linli.platform.error.DomainException;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.springframework.dao.DuplicateKeyException;
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

    PartyMemberService(
            PartyMemberMapper members,
            PartyOrgService orgs,
            PersonService people,
            HouseholdService households,
            GeographyService geography) {
        this.members = members;
        this.orgs = orgs;
        this.people = people;
        this.households = households;
        this.geography = geography;
    }

    @Transactional
    public PartyMemberView enroll(Caller caller, EnrollPartyMember command) {
        PartyOrg org = orgs.visible(caller, command.partyOrgId());
        if (command.centralHouseholdId() != null) {
            households.visible(caller, command.centralHouseholdId());
        }
        if (command.category() == MemberCategory.IN_SERVICE
                && (isBlank(command.employer()) || isBlank(command.employerPartyOrg()))) {
            throw DomainException.invalid(
                    "party-member.employer-required",
                    "employer",
                    "an in-service member needs their employer and the employer's party organisation");
        }
        long personId = people.findOrCreate(command.person());
        PartyMember member = new PartyMember();
        member.setPersonId(personId);
        member.setPartyOrgId(org.getId());
        member.setScopePath(org.getScopePath());
        member.setCategory(command.category());
        member.setPosition(command.position());
        member.setCentralHouseholdId(command.centralHouseholdId());
        member.setPartnerUnitId(command.partnerUnitId());
        member.setEmployer(command.employer());
        member.setEmployerPartyOrg(command.employerPartyOrg());
        member.setLinkedHouseholds(0);
        try {
            members.insert(member);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(
                    "party-member.already-enrolled", "This person is already registered as a party member.");
        }
        return view(member);
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
        PartyMember member = members.selectById(id);
        boolean self =
                member != null && caller.personId() != null && caller.personId().equals(member.getPersonId());
        if (member == null || !(self || caller.sees(member.getScopePath()))) {
            throw DomainException.notFound("party-member", id);
        }
        return member;
    }

    public PartyMember require(long id) {
        PartyMember member = members.selectById(id);
        if (member == null) {
            throw DomainException.notFound("party-member", id);
        }
        return member;
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

    PartyMemberView view(PartyMember m) {
        return new PartyMemberView(
                m.getId(),
                people.view(m.getPersonId()),
                m.getPartyOrgId(),
                m.getCategory(),
                m.getPosition(),
                m.getCentralHouseholdId(),
                m.getPartnerUnitId(),
                m.getEmployer(),
                m.getEmployerPartyOrg(),
                m.getLinkedHouseholds());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
