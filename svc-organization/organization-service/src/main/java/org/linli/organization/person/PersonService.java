package org.linli.organization.person;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linli.organization.person.dto.CorrectName;
import org.linli.organization.person.dto.PersonDetails;
import org.linli.organization.person.dto.PersonView;
import org.linli.organization.person.dto.UnmaskedPerson;
import org.linli.platform.error.DomainException;
import org.linli.platform.error.FieldProblem;
import org.linli.platform.pii.ChineseIdNumber;
import org.linli.platform.pii.Masking;
import org.linli.platform.pii.PhoneNumber;
import org.linli.platform.pii.PiiCipher;
import org.linli.platform.security.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People in the registry, one identity (name, ID number) that several scopes may share. Plaintext
 * personal data exists only in memory, on the way in and out.
 *
 * <p>Sharing without leaking: whoever names an ID number that is already registered learns at most
 * that it is, and is refused unless they also give the recorded name. Nothing a scope records about a
 * person (a phone, a relation, a membership) is written to the person, so no scope overwrites or reads
 * what another recorded. The name itself is corrected only by someone whose area covers every record
 * of the person (docs/architecture.md, "One person, several scopes").
 */
@Service
public class PersonService {

    private static final int IN_CHUNK = 1000;

    private final PersonMapper people;
    private final PiiCipher pii;
    private final ApplicationEventPublisher events;

    PersonService(PersonMapper people, PiiCipher pii, ApplicationEventPublisher events) {
        this.people = people;
        this.pii = pii;
        this.events = events;
    }

    /**
     * The person these details name: the one registered under the ID number if the name is theirs too,
     * else a new person (always new without an ID number). Nothing of an existing person changes.
     *
     * @throws DomainException 409 {@code person.name-mismatch} when the ID number is registered under
     *     another name
     */
    @Transactional
    public long identify(PersonDetails details) {
        String idNumber = ChineseIdNumber.normalize(details.idNumber());
        String name = details.name().trim();
        if (idNumber != null) {
            Person existing = people.selectByIdNumberHash(pii.blindIndex(idNumber));
            if (existing != null) {
                if (!existing.getNameHash().equals(pii.blindIndex(name))) {
                    throw nameMismatch();
                }
                return existing.getId();
            }
        }
        Person person = new Person();
        person.setNameCipher(pii.encrypt(name));
        person.setNameHash(pii.blindIndex(name));
        person.setIdNumberCipher(pii.encrypt(idNumber));
        person.setIdNumberHash(pii.blindIndex(idNumber));
        people.insert(person);
        return person.getId();
    }

    /**
     * For checks of a whole file before anything is written: which of these ID numbers (normalised,
     * each with the name given for it) are registered already, and under the name given or not.
     */
    public Map<String, KnownIdNumber> known(Map<String, String> nameByIdNumber) {
        if (nameByIdNumber.isEmpty()) {
            return Map.of();
        }
        Map<String, String> idNumberByHash =
                nameByIdNumber.keySet().stream().collect(Collectors.toMap(pii::blindIndex, Function.identity()));
        Map<String, KnownIdNumber> known = new HashMap<>();
        List<String> hashes = List.copyOf(idNumberByHash.keySet());
        for (int from = 0; from < hashes.size(); from += IN_CHUNK) {
            for (Person person :
                    people.selectByIdNumberHashes(hashes.subList(from, Math.min(hashes.size(), from + IN_CHUNK)))) {
                String idNumber = idNumberByHash.get(person.getIdNumberHash());
                boolean sameName = person.getNameHash()
                        .equals(pii.blindIndex(nameByIdNumber.get(idNumber).trim()));
                known.put(idNumber, new KnownIdNumber(person.getId(), sameName));
            }
        }
        return known;
    }

    public Optional<Long> findByIdNumber(String idNumber) {
        Person person = people.selectByIdNumberHash(pii.blindIndex(ChineseIdNumber.normalize(idNumber)));
        return Optional.ofNullable(person).map(Person::getId);
    }

    /** Whether the person is registered under this name; compared by blind index, nothing decrypted. */
    public boolean isNamed(long personId, String name) {
        Person person = people.selectById(personId);
        return person != null && person.getNameHash().equals(pii.blindIndex(name.trim()));
    }

    /**
     * Refuses to act for a person some of whose records lie outside the caller's area: what is done to
     * one identity (a party membership, say, of which a person has one) is decided where all of it is
     * in view. The answer is the same whatever those records are, so it tells no more than that the ID
     * number is registered.
     *
     * @throws DomainException 409 {@code person.registered-elsewhere}
     */
    public void requireWholeInView(Caller caller, long personId) {
        if (!isWholeInView(caller, personId)) {
            throw registeredElsewhere();
        }
    }

    /** Whether the caller sees every record of the person (see {@link #requireWholeInView}). */
    public boolean isWholeInView(Caller caller, long personId) {
        return people.selectRecordPaths(personId).stream().allMatch(caller::sees);
    }

    /**
     * Corrects the recorded name. Only an administrator who sees every record of the person may (the
     * name shows in each of them); a name the resident verified through real-name checks is theirs.
     */
    @Transactional
    public PersonView correctName(Caller caller, long id, CorrectName command) {
        Person person = people.selectById(id);
        List<String> paths = person == null ? List.of() : people.selectRecordPaths(id);
        if (person == null || paths.stream().noneMatch(caller::sees)) {
            throw DomainException.notFound("person", id);
        }
        requireWholeInView(caller, id);
        if (people.isVerifiedByResident(id)) {
            throw DomainException.conflict(
                    "person.verified",
                    "This person confirmed their name themselves through real-name verification; it cannot be"
                            + " changed here.");
        }
        String name = command.name().trim();
        person.setNameCipher(pii.encrypt(name));
        person.setNameHash(pii.blindIndex(name));
        if (people.updateById(person) == 0) {
            throw DomainException.conflict(
                    "person.stale", "Someone else changed this person first; reload and try again.");
        }
        events.publishEvent(new PersonRenamed(id));
        return view(id);
    }

    /**
     * Deletes a person nothing refers to any more. One still referred to (a household tie, a party
     * membership, anything a foreign key guards) stays, and false says so.
     */
    @Transactional
    public boolean deleteIfUnreferenced(long id) {
        return people.deleteIgnoringReferences(id) > 0;
    }

    /** Who the person is, masked, without a phone: contact details belong to each scope's own record. */
    public PersonView view(long id) {
        Person person = people.selectById(id);
        if (person == null) {
            throw DomainException.notFound("person", id);
        }
        return masked(person);
    }

    /** The person as one record of theirs shows them: their identity and the phone that record holds. */
    public PersonView view(long id, @Nullable String phoneCipher) {
        return withPhone(view(id), phoneCipher);
    }

    /** Identities as in {@link #view(long)}, in one query. */
    public Map<Long, PersonView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Person> found = people.selectByIds(ids);
        return found.stream().map(this::masked).collect(Collectors.toMap(PersonView::id, Function.identity()));
    }

    /**
     * The person's details in clear, with the phone of the record being read. Callers write the access
     * audit first (see {@code AccessAudit#revealing}).
     */
    public UnmaskedPerson reveal(long id, @Nullable String phoneCipher) {
        Person person = people.selectById(id);
        if (person == null) {
            throw DomainException.notFound("person", id);
        }
        return new UnmaskedPerson(
                id,
                pii.decrypt(person.getNameCipher()),
                pii.decrypt(person.getIdNumberCipher()),
                pii.decrypt(phoneCipher));
    }

    public PersonView withPhone(PersonView identity, @Nullable String phoneCipher) {
        return new PersonView(
                identity.id(), identity.name(), identity.idNumber(), Masking.phone(pii.decrypt(phoneCipher)));
    }

    /** The phone given with the details, normalised and encrypted for the record that keeps it; or null. */
    @Nullable
    public String encryptedPhone(PersonDetails details) {
        return pii.encrypt(PhoneNumber.normalize(details.phone()));
    }

    private PersonView masked(Person person) {
        return new PersonView(
                person.getId(),
                Masking.name(pii.decrypt(person.getNameCipher())),
                Masking.idNumber(pii.decrypt(person.getIdNumberCipher())),
                null);
    }

    private static DomainException nameMismatch() {
        return new DomainException(
                HttpStatus.CONFLICT,
                "person.name-mismatch",
                "This ID number is already registered under another name. Check the name and the ID number"
                        + " against the person's ID card.",
                List.of(new FieldProblem("person.name", "does not match the name this ID number is registered under")));
    }

    private static DomainException registeredElsewhere() {
        return DomainException.conflict(
                "person.registered-elsewhere",
                "This ID number is also registered outside your area, so this can only be done by an administrator"
                        + " whose area covers it all (the street office, or a system administrator).");
    }
}
