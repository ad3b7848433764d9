package org.linli.organization.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.linli.organization.household.HouseholdService;
import org.linli.organization.household.TieRelation;
import org.linli.organization.person.KnownIdNumber;
import org.linli.organization.person.PersonService;
import org.linli.organization.person.dto.PersonDetails;
import org.linli.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 居民批量导入: ties people to households that are already registered. A person is recognised by ID
 * number and name, so someone who owns two flats is one person with two ties; an ID number registered
 * under another name is a bad row. The phone stays with the tie it came with. Every row is checked
 * before anything is written; one bad row rejects the file.
 */
@Service
public class ResidentImport {

    private final ImportArea area;
    private final RegistryReads reads;
    private final PersonService people;
    private final HouseholdService households;

    ResidentImport(ImportArea area, RegistryReads reads, PersonService people, HouseholdService households) {
        this.area = area;
        this.reads = reads;
        this.people = people;
        this.households = households;
    }

    private record Planned(int line, long householdId, PersonDetails person, TieRelation relation) {}

    @Transactional
    public ResidentsImported run(Caller caller, long unitId, List<SheetRow> rows) {
        Places places = reads.places(area.of(caller, unitId).getPath());
        List<Planned> planned = validate(rows, places);
        for (Planned p : planned) {
            households.tie(
                    p.householdId(), people.identify(p.person()), p.relation(), people.encryptedPhone(p.person()));
        }
        return new ResidentsImported(planned.size(), (int)
                planned.stream().mapToLong(Planned::householdId).distinct().count());
    }

    private List<Planned> validate(List<SheetRow> rows, Places places) {
        RowChecks checks = new RowChecks(Dataset.RESIDENTS);
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, SheetRow> nameOf = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (SheetRow row : rows) {
            if (!checks.wellFormed(row)) {
                continue;
            }
            Optional<String> idNumber = checks.idNumber(row);
            boolean phone = checks.phone(row);
            Optional<TieRelation> relation = checks.word(row, Column.RELATION, Vocabulary.RELATIONS);
            Optional<Long> household = household(row, places, checks);
            if (idNumber.isEmpty() || !phone || relation.isEmpty() || household.isEmpty()) {
                continue;
            }
            SheetRow named = nameOf.putIfAbsent(idNumber.get(), row);
            Integer earlier = firstLine.putIfAbsent(household.get() + "/" + idNumber.get(), row.line());
            if (named != null && !named.get(Column.NAME).equals(row.get(Column.NAME))) {
                checks.add(row.line(), Column.NAME, "line " + named.line() + " gives this ID number another name");
            } else if (earlier != null) {
                checks.add(
                        row.line(), Column.ID_NUMBER, "this person is already listed for this room on line " + earlier);
            } else {
                planned.add(new Planned(
                        row.line(),
                        household.get(),
                        new PersonDetails(row.get(Column.NAME), idNumber.get(), row.get(Column.PHONE)),
                        relation.get()));
            }
        }
        Map<String, KnownIdNumber> known = people.known(planned.stream()
                .collect(Collectors.toMap(
                        p -> p.person().idNumber(), p -> p.person().name(), (a, b) -> a)));
        for (Planned p : planned) {
            KnownIdNumber person = known.get(p.person().idNumber());
            if (person != null && !person.nameMatches()) {
                checks.add(p.line(), Column.NAME, RowChecks.ANOTHER_NAME);
            }
        }
        checks.throwIfAny();
        return planned;
    }

    private static Optional<Long> household(SheetRow row, Places places, RowChecks checks) {
        Optional<Long> found = places.compound(row, checks)
                .flatMap(c -> places.child(c.id(), row.get(Column.BUILDING)))
                .flatMap(b -> places.child(b.id(), row.get(Column.UNIT)))
                .map(u -> places.household(u.id(), row.get(Column.ROOM)));
        if (found.isEmpty() && !places.compounds(row.get(Column.COMPOUND)).isEmpty()) {
            checks.add(row.line(), Column.ROOM, "no such household registered; import the households first");
        }
        return found;
    }
}
