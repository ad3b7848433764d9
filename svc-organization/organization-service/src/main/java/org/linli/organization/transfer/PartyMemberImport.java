package org.linli.organization.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.linli.organization.partymember.MemberCategory;
import org.linli.organization.partymember.MemberPosition;
import org.linli.organization.partymember.PartyMemberService;
import org.linli.organization.partymember.dto.EnrollPartyMember;
import org.linli.organization.person.dto.PersonDetails;
import org.linli.platform.pii.ChineseIdNumber;
import org.linli.platform.pii.PiiCipher;
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

    private final ImportArea area;
    private final RegistryReads reads;
    private final PartyMemberService members;
    private final PiiCipher pii;

    PartyMemberImport(ImportArea area, RegistryReads reads, PartyMemberService members, PiiCipher pii) {
        this.area = area;
        this.reads = reads;
        this.members = members;
        this.pii = pii;
    }

    @Transactional
    public PartyMembersImported run(Caller caller, long unitId, List<SheetRow> rows) {
        List<RegistryReads.PartyOrgRef> orgs =
                reads.partyOrgs(area.of(caller, unitId).getPath());
        List<EnrollPartyMember> planned = validate(rows, orgs);
        planned.forEach(command -> members.enroll(caller, command));
        return new PartyMembersImported(planned.size());
    }

    private List<EnrollPartyMember> validate(List<SheetRow> rows, List<RegistryReads.PartyOrgRef> orgs) {
        RowChecks checks = new RowChecks(Dataset.PARTY_MEMBERS);
        Set<String> enrolled = reads.partyMemberIdHashes(rows.stream()
                .map(r -> r.get(Column.ID_NUMBER))
                .filter(id -> id != null && ChineseIdNumber.isValid(id))
                .map(id -> pii.blindIndex(ChineseIdNumber.normalize(id)))
                .collect(Collectors.toSet()));
        Map<String, List<RegistryReads.PartyOrgRef>> byRef = new HashMap<>();
        for (RegistryReads.PartyOrgRef o : orgs) {
            byRef.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o);
            byRef.computeIfAbsent(String.valueOf(o.id()), k -> new ArrayList<>())
                    .add(o);
        }
        Map<String, Integer> firstLine = new HashMap<>();
        List<EnrollPartyMember> planned = new ArrayList<>();
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
            } else if (enrolled.contains(pii.blindIndex(idNumber.get()))) {
                checks.add(row.line(), Column.ID_NUMBER, "this person is already registered as a party member");
            } else {
                planned.add(new EnrollPartyMember(
                        new PersonDetails(row.get(Column.NAME), idNumber.get(), row.get(Column.PHONE)),
                        org.get(),
                        category.get(),
                        position.get(),
                        null,
                        null,
                        row.get(Column.EMPLOYER),
                        row.get(Column.EMPLOYER_PARTY_ORG)));
            }
        }
        checks.throwIfAny();
        return planned;
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
