package org.linli.organization.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linli.organization.person.dto.PersonDetails;
import org.linli.organization.person.dto.PersonView;
import org.linli.platform.error.DomainException;
import org.linli.platform.pii.ChineseIdNumber;
import org.linli.platform.pii.Masking;
import org.linli.platform.pii.PhoneNumber;
import org.linli.platform.pii.PiiCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People in the registry. Plaintext personal data exists only in memory, on the way in and out. */
@Service
public class PersonService {

    private final PersonMapper people;
    private final PiiCipher pii;

    PersonService(PersonMapper people, PiiCipher pii) {
        this.people = people;
        this.pii = pii;
    }

    /**
     * The person with this ID number, created if new; a person without an ID number is always new.
     * An existing person's phone is updated when a new one is given.
     */
    @Transactional
    public long findOrCreate(PersonDetails details) {
        String idNumber = ChineseIdNumber.normalize(details.idNumber());
        if (idNumber != null) {
            Person existing = people.selectByIdNumberHash(pii.blindIndex(idNumber));
            if (existing != null) {
                if (details.phone() != null) {
                    String phone = PhoneNumber.normalize(details.phone());
                    existing.setPhoneCipher(pii.encrypt(phone));
                    existing.setPhoneHash(pii.blindIndex(phone));
                    people.updateById(existing);
                }
                return existing.getId();
            }
        }
        Person person = new Person();
        String name = details.name().trim();
        person.setNameCipher(pii.encrypt(name));
        person.setNameHash(pii.blindIndex(name));
        person.setIdNumberCipher(pii.encrypt(idNumber));
        person.setIdNumberHash(pii.blindIndex(idNumber));
        String phone = PhoneNumber.normalize(details.phone());
        person.setPhoneCipher(pii.encrypt(phone));
        person.setPhoneHash(pii.blindIndex(phone));
        people.insert(person);
        return person.getId();
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
     * Deletes a person nothing refers to any more. One still referred to (a household tie, a party
     * membership, anything a foreign key guards) stays, and false says so.
     */
    @Transactional
    public boolean deleteIfUnreferenced(long id) {
        return people.deleteIgnoringReferences(id) > 0;
    }

    public PersonView view(long id) {
        Person person = people.selectById(id);
        if (person == null) {
            throw DomainException.notFound("person", id);
        }
        return masked(person);
    }

    public Map<Long, PersonView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Person> found = people.selectByIds(ids);
        return found.stream().map(this::masked).collect(Collectors.toMap(PersonView::id, Function.identity()));
    }

    /** Unmasked details, for the few flows that must use them (exports by authorised staff). */
    public PersonDetails reveal(long id) {
        Person person = people.selectById(id);
        if (person == null) {
            throw DomainException.notFound("person", id);
        }
        return new PersonDetails(
                pii.decrypt(person.getNameCipher()),
                pii.decrypt(person.getIdNumberCipher()),
                pii.decrypt(person.getPhoneCipher()));
    }

    private PersonView masked(Person person) {
        return new PersonView(
                person.getId(),
                Masking.name(pii.decrypt(person.getNameCipher())),
                Masking.idNumber(pii.decrypt(person.getIdNumberCipher())),
                Masking.phone(pii.decrypt(person.getPhoneCipher())));
    }
}
