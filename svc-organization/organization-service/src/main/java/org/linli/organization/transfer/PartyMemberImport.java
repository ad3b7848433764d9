package org.linli.organization.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linli.organization.partymember.MemberCategory;
import org.linli.organization.partymember.MemberPosition;
import org.linli.organization.partymember.PartyMemberService;
import org.linli.organization.partymember.dto.EnrollPartyMember;
import org.linli.organization.person.KnownIdNumber;
import org.linli.organization.person.PersonService;
import org.linli.organization.person.dto.PersonDetails;
import org.linli.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 党员批量导入: enrols people as party members of organisations in the caller's area. The 党组织 column
 * takes the organisation's name, or its id when two share a name. A blank 职务 means an ordinary member.
 * Every row is checked before anything is written; one bad row rejects the file.
 */
@Service
public class PartyMemberImport {

    // the same words whatever the records elsewhere are: a membership there must not show
    static final String REGISTERED_ELSEWHERE = "this ID number is also registered outside your area; an"
            + " administrator whose area covers it all (the street office) can enrol them";

    private final ImportArea area;
    private final RegistryReads reads;
    private final PartyMemberService members;
    private final PersonService people;

    PartyMemberImport(ImportArea area, RegistryReads reads, PartyMemberService members, PersonService people) {
        this.area = area;
        this.reads = reads;
        this.members = members;
        this.people = people;
    }

    private record Planned(int line, EnrollPartyMember command) {}

    @Transactional
    public PartyMembersImported run(Caller caller, long unitId, List<SheetRow> rows) {
        List<RegistryReads.PartyOrgRef> orgs =
                reads.partyOrgs(area.of(caller, unitId).getPath());
        List<Planned> planned = validate(caller, rows, orgs);
        planned.forEach(p -> members.enroll(caller, p.command()));
        return new PartyMembersImported(planned.size());
    }

    private List<Planned> validate(Caller caller, List<SheetRow> rows, List<RegistryReads.PartyOrgRef> orgs) {
        RowChecks checks = new RowChecks(Dataset.PARTY_MEMBERS);
        Map<String, List<RegistryReads.PartyOrgRef>> byRef = new HashMap<>();
        for (RegistryReads.PartyOrgRef o : orgs) {
            byRef.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o);
            byRef.computeIfAbsent(String.valueOf(o.id()), k -> new ArrayList<>())
                    .add(o);
        }
        Map<String, Integer> firstLine = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (SheetRow row : rows) {
            if (!checks.wellFormed(row)) {
                continue;
            }
            Optional<String> idNumber = checks.idNumber(row);
            boolean phone = checks.phone(row);
            Optional<MemberCategory> category = checks.word(row, Column.CATEGORY, Vocabulary.CATEGORIES);
            Optional<MemberPosition> position = row.has(Column.POSITION)
                    ? checks.word(row, Column.POSITION, Vocabulary.POSITIONS)
                    : Optional.of(MemberPosition.MEMBER);
            Optional<Long> org = partyOrg(row, byRef, checks);
            boolean employer = category.map(c -> employerGiven(row, c, checks)).orElse(false);
            if (idNumber.isEmpty() || !phone || position.isEmpty() || org.isEmpty() || !employer) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(idNumber.get(), row.line());
            if (earlier != null) {
                checks.add(row.line(), Column.ID_NUMBER, "this person is already listed on line " + earlier);
            } else {
                planned.add(new Planned(
                        row.line(),
                        new EnrollPartyMember(
                                new PersonDetails(row.get(Column.NAME), idNumber.get(), row.get(Column.PHONE)),
                                org.get(),
                                category.get(),
                                position.get(),
                                null,
                                null,
                                row.get(Column.EMPLOYER),
                                row.get(Column.EMPLOYER_PARTY_ORG))));
            }
        }
        checkKnownPeople(caller, planned, checks);
        checks.throwIfAny();
        return planned;
    }

    /**
     * People already registered: under the name given, all of their records in the caller's view (as
     * enrolling one by one requires), and not yet members. A query or two per such person; a file is
     * mostly new people.
     */
    private void checkKnownPeople(Caller caller, List<Planned> planned, RowChecks checks) {
        Map<String, KnownIdNumber> known = people.known(planned.stream()
                .collect(Collectors.toMap(
                        p -> p.command().person().idNumber(),
                        p -> p.command().person().name())));
        for (Planned p : planned) {
            KnownIdNumber person = known.get(p.command().person().idNumber());
            if (person == null) {
                continue;
            }
            if (!person.nameMatches()) {
                checks.add(p.line(), Column.NAME, RowChecks.ANOTHER_NAME);
            } else if (!people.isWholeInView(caller, person.personId())) {
                checks.add(p.line(), Column.ID_NUMBER, REGISTERED_ELSEWHERE);
            } else if (members.isPartyMemberSeenBy(caller, person.personId())) {
                checks.add(p.line(), Column.ID_NUMBER, "this person is already registered as a party member");
            }
        }
    }

    private static boolean employerGiven(SheetRow row, MemberCategory category, RowChecks checks) {
        if (category != MemberCategory.IN_SERVICE) {
            return true;
        }
        boolean ok = true;
        for (Column column : List.of(Column.EMPLOYER, Column.EMPLOYER_PARTY_ORG)) {
            if (!row.has(column)) {
                checks.add(row.line(), column, "is required for an in-service (在职) member");
                ok = false;
            }
        }
        return ok;
    }

    private static Optional<Long> partyOrg(
            SheetRow row, Map<String, List<RegistryReads.PartyOrgRef>> byRef, RowChecks checks) {
        String ref = row.get(Column.PARTY_ORG);
        if (ref == null) {
            return Optional.empty();
        }
        List<RegistryReads.PartyOrgRef> found = byRef.getOrDefault(ref, List.of());
        if (found.size() == 1) {
            return Optional.of(found.get(0).id());
        }
        checks.add(
                row.line(),
                Column.PARTY_ORG,
                found.isEmpty()
                        ? "no party organisation of this name or id in the area you import into"
                        : "several party organisations have this name; write its id instead");
        return Optional.empty();
    }
}
