package org.linli.organization.realname;

import java.util.Optional;
import org.linli.organization.person.PersonService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The community's own roster: the people the registry holds (imported or entered by staff), found by the
 * blind index of the ID number and compared by the blind index of the name. An ID number the roster
 * holds under another name is refused outright: the roster is the community's word.
 */
@Component
@Order(1)
class ResidentRosterProvider implements RealNameProvider {

    private final PersonService people;

    ResidentRosterProvider(PersonService people) {
        this.people = people;
    }

    @Override
    public String name() {
        return "roster";
    }

    @Override
    public Verdict check(String name, String idNumber) {
        Optional<Long> person = people.findByIdNumber(idNumber);
        if (person.isEmpty()) {
            return Verdict.unknown();
        }
        return people.isNamed(person.get(), name) ? Verdict.confirmed(person.get()) : Verdict.refused();
    }
}
