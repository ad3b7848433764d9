package org.linli.organization.registration;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.Map;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.geography.OrgUnit;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.partymember.PartyMemberService;
import org.linli.organization.partymember.dto.Membership;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.organization.partyorg.PartyOrg;
import org.linli.organization.partyorg.PartyOrgService;
import org.linli.organization.person.PersonService;
import org.linli.organization.person.dto.PersonView;
import org.linli.organization.registration.dto.ApplyForRegistration;
import org.linli.organization.registration.dto.ApproveRegistration;
import org.linli.organization.registration.dto.RegistrationView;
import org.linli.organization.registration.dto.RejectRegistration;
import org.linli.platform.error.DomainException;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.scope.DataScope;
import org.linli.platform.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双报到: in-service party members register at the community where they live; the community
 * committee approves (the member joins one of its organisations) or rejects with a reason.
 */
@Service
public class RegistrationService {

    private final RegistrationMapper registrations;
    private final GeographyService geography;
    private final PersonService people;
    private final PartyOrgService partyOrgs;
    private final PartyMemberService partyMembers;

    RegistrationService(
            RegistrationMapper registrations,
            GeographyService geography,
            PersonService people,
            PartyOrgService partyOrgs,
            PartyMemberService partyMembers) {
        this.registrations = registrations;
        this.geography = geography;
        this.people = people;
        this.partyOrgs = partyOrgs;
        this.partyMembers = partyMembers;
    }

    /**
     * Staff record an application for the person they name; anyone else applies for themself. Staff
     * naming someone already registered give the recorded name, and see every record of theirs, as when
     * enrolling a member (whether they are a member elsewhere is not theirs to learn).
     */
    @Transactional
    public RegistrationView apply(Caller caller, ApplyForRegistration command) {
        OrgUnit community;
        long personId;
        String phoneCipher = null;
        if (caller.isStaff()) {
            community = geography.visible(caller, command.communityId(), OrgUnitKind.COMMUNITY, "communityId");
            if (command.person() == null) {
                throw DomainException.invalid("registration.person-required", "person", "name the applicant");
            }
            personId = people.identify(command.person());
            people.requireWholeInView(caller, personId);
            phoneCipher = people.encryptedPhone(command.person());
        } else {
            personId = applicantOf(caller, command);
            community = residentialCommunity(command.communityId());
        }
        // the applicant asking about themself, or staff who see all of the person's records
        if (partyMembers.isPartyMember(personId)) {
            throw DomainException.conflict(
                    "registration.already-member", "The applicant is already registered as a party member.");
        }
        Registration registration = new Registration();
        registration.setPersonId(personId);
        registration.setPhoneCipher(phoneCipher);
        registration.setCommunityId(community.getId());
        registration.setScopePath(community.getPath());
        registration.setEmployer(command.employer().trim());
        registration.setEmployerPartyOrg(command.employerPartyOrg().trim());
        registration.setStatus(RegistrationStatus.PENDING);
        try {
            registrations.insert(registration);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(
                    "registration.already-pending", "The applicant already has an application waiting for a decision.");
        }
        return view(registrations.selectById(registration.getId()));
    }

    public PageResult<RegistrationView> list(Caller caller, RegistrationStatus status, long page, long size) {
        Page<Registration> found = registrations.selectPageInScope(caller.scopePrefix(), status, Page.of(page, size));
        Map<Long, PersonView> applicants = people.views(
                found.getRecords().stream().map(Registration::getPersonId).toList());
        return PageResult.of(
                found, r -> view(r, people.withPhone(applicants.get(r.getPersonId()), r.getPhoneCipher())));
    }

    public RegistrationView get(Caller caller, long id) {
        return view(visible(caller, id));
    }

    /** Enrols the applicant as an in-service member of an organisation of their community. */
    @Transactional
    public RegistrationView approve(Caller caller, long id, ApproveRegistration command) {
        Registration registration = visible(caller, id);
        RegistrationStatus next = registration.getStatus().moveTo(RegistrationStatus.APPROVED);
        PartyOrg org = partyOrgs.visible(caller, command.partyOrgId());
        if (!org.getScopePath().startsWith(registration.getScopePath())) {
            throw DomainException.invalid(
                    "registration.org-outside-community",
                    "partyOrgId",
                    "the member must join an organisation of community " + registration.getCommunityId());
        }
        PartyMemberView member = partyMembers.enroll(
                caller,
                registration.getPersonId(),
                Membership.inService(org.getId(), registration.getEmployer(), registration.getEmployerPartyOrg()),
                registration.getPhoneCipher());
        record(registration, next, null, caller, member.id());
        return get(caller, id);
    }

    @Transactional
    public RegistrationView reject(Caller caller, long id, RejectRegistration command) {
        Registration registration = visible(caller, id);
        RegistrationStatus next = registration.getStatus().moveTo(RegistrationStatus.REJECTED);
        record(registration, next, command.reason().trim(), caller, null);
        return get(caller, id);
    }

    /** An application the caller may see: staff within scope, or the applicant themself; else 404. */
    Registration visible(Caller caller, long id) {
        return DataScope.require(
                caller,
                registrations.selectById(id),
                Registration::getScopePath,
                registration -> registration.getPersonId().equals(caller.personId()),
                "registration",
                id);
    }

    private void record(
            Registration registration, RegistrationStatus next, String reason, Caller caller, Long memberId) {
        int decided = registrations.decide(
                registration.getId(), registration.getStatus(), next, reason, caller.accountId(), memberId);
        if (decided == 0) {
            // someone decided between our read and this write; the exception rolls back the enrolment too
            throw DomainException.conflict(
                    "registration.already-decided", "Someone else decided this application first.");
        }
    }

    private static long applicantOf(Caller caller, ApplyForRegistration command) {
        if (caller.personId() == null) {
            throw new DomainException(
                    HttpStatus.FORBIDDEN,
                    "registration.identity-unverified",
                    "Verify your real name before applying: the application needs to know who you are.");
        }
        if (command.person() != null) {
            throw DomainException.invalid(
                    "registration.person-not-allowed", "person", "you apply for yourself; leave person out");
        }
        return caller.personId();
    }

    /** A resident has no data scope: any community exists for them, but it must be a community. */
    private OrgUnit residentialCommunity(long communityId) {
        OrgUnit community = geography.require(communityId);
        if (community.getKind() != OrgUnitKind.COMMUNITY) {
            throw DomainException.invalid(
                    "org-unit.wrong-kind", "communityId", "unit " + communityId + " is not a COMMUNITY");
        }
        return community;
    }

    private RegistrationView view(Registration r) {
        return view(r, people.view(r.getPersonId(), r.getPhoneCipher()));
    }

    private static RegistrationView view(Registration r, PersonView applicant) {
        return new RegistrationView(
                r.getId(),
                applicant,
                r.getCommunityId(),
                r.getEmployer(),
                r.getEmployerPartyOrg(),
                r.getStatus(),
                r.getDecisionReason(),
                r.getDecidedAt(),
                r.getPartyMemberId(),
                r.getCreatedAt());
    }
}
