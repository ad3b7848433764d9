package org.linli.organization.compoundparty;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.organization.compoundparty.dto.AddCompoundPartyMember;
import org.linli.organization.compoundparty.dto.CompoundPartiesView;
import org.linli.organization.compoundparty.dto.CompoundPartyView;
import org.linli.organization.compoundparty.dto.EstablishCompoundParty;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.geography.OrgUnit;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.partymember.PartyMemberService;
import org.linli.organization.person.PersonService;
import org.linli.organization.person.dto.PersonView;
import org.linli.platform.error.DomainException;
import org.linli.platform.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 三驾马车: the residents' committee, owners' committee and property company of each compound. */
@Service
public class CompoundPartyService {

    private final CompoundPartyMapper parties;
    private final CompoundPartyMemberMapper seats;
    private final GeographyService geography;
    private final PersonService people;
    private final PartyMemberService partyMembers;

    CompoundPartyService(
            CompoundPartyMapper parties,
            CompoundPartyMemberMapper seats,
            GeographyService geography,
            PersonService people,
            PartyMemberService partyMembers) {
        this.parties = parties;
        this.seats = seats;
        this.geography = geography;
        this.people = people;
        this.partyMembers = partyMembers;
    }

    @Transactional
    public CompoundPartiesView establish(Caller caller, long compoundId, EstablishCompoundParty command) {
        OrgUnit compound = compound(caller, compoundId);
        if (command.termStart() != null
                && command.termEnd() != null
                && !command.termEnd().isAfter(command.termStart())) {
            throw DomainException.invalid(
                    "compound-party.term-reversed", "termEnd", "the term must end after it starts");
        }
        CompoundParty party = new CompoundParty();
        party.setCompoundId(compound.getId());
        party.setScopePath(compound.getPath());
        party.setKind(command.kind());
        party.setName(command.name().trim());
        party.setTermStart(command.termStart());
        party.setTermEnd(command.termEnd());
        try {
            parties.insert(party);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(
                    "compound-party.already-established", "This compound already has its " + command.kind() + ".");
        }
        return view(caller, compound.getId());
    }

    @Transactional
    public CompoundPartiesView addMember(
            Caller caller, long compoundId, CompoundPartyKind kind, AddCompoundPartyMember command) {
        OrgUnit compound = compound(caller, compoundId);
        CompoundParty party = parties.selectByKind(compound.getId(), kind);
        if (party == null) {
            throw DomainException.notFound("compound-party", kind);
        }
        if (!kind.roles().contains(command.role())) {
            throw DomainException.invalid(
                    "compound-party.wrong-role",
                    "role",
                    "a " + kind + " has " + kind.roles() + ", not " + command.role());
        }
        CompoundPartyMember member = new CompoundPartyMember();
        member.setCompoundPartyId(party.getId());
        member.setPersonId(people.identify(command.person()));
        member.setPhoneCipher(people.encryptedPhone(command.person()));
        member.setRole(command.role());
        try {
            seats.insert(member);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(
                    "compound-party.already-serving", "This person already serves in the " + kind + ".");
        }
        return view(caller, compound.getId());
    }

    public CompoundPartiesView parties(Caller caller, long compoundId) {
        return view(caller, compound(caller, compoundId).getId());
    }

    private OrgUnit compound(Caller caller, long compoundId) {
        return geography.visible(caller, compoundId, OrgUnitKind.COMPOUND, "compoundId");
    }

    /**
     * Three queries whatever the size: parties, their people, and which of those are party members in
     * the caller's area (a membership elsewhere is not the caller's to know, so it does not count).
     */
    private CompoundPartiesView view(Caller caller, long compoundId) {
        List<CompoundParty> found = parties.selectByCompound(compoundId);
        List<CompoundPartyMember> serving = found.isEmpty()
                ? List.of()
                : seats.selectByParties(found.stream().map(CompoundParty::getId).toList());
        List<Long> personIds = serving.stream()
                .map(CompoundPartyMember::getPersonId)
                .distinct()
                .toList();
        Map<Long, PersonView> persons = people.views(personIds);
        Set<Long> partyMemberIds = partyMembers.partyMembersAmong(caller, personIds);
        Map<Long, List<CompoundPartyMember>> byParty =
                serving.stream().collect(Collectors.groupingBy(CompoundPartyMember::getCompoundPartyId));

        List<CompoundPartyView> views = found.stream()
                .map(p -> {
                    List<CompoundPartyView.Member> members = byParty.getOrDefault(p.getId(), List.of()).stream()
                            .map(m -> new CompoundPartyView.Member(
                                    people.withPhone(persons.get(m.getPersonId()), m.getPhoneCipher()),
                                    m.getRole(),
                                    partyMemberIds.contains(m.getPersonId())))
                            .toList();
                    PartyMemberShare share = p.getKind() == CompoundPartyKind.OWNERS_COMMITTEE
                            ? PartyMemberShare.of(members.size(), (int) members.stream()
                                    .filter(CompoundPartyView.Member::partyMember)
                                    .count())
                            : null;
                    return new CompoundPartyView(
                            p.getId(), p.getKind(), p.getName(), p.getTermStart(), p.getTermEnd(), members, share);
                })
                .toList();
        Set<CompoundPartyKind> present =
                found.stream().map(CompoundParty::getKind).collect(Collectors.toSet());
        List<CompoundPartyKind> missing = Arrays.stream(CompoundPartyKind.values())
                .filter(k -> !present.contains(k))
                .toList();
        return new CompoundPartiesView(compoundId, views, missing);
    }
}
