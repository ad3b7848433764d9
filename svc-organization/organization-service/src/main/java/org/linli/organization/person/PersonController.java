package org.linli.organization.person;

import jakarta.validation.Valid;
import org.linli.organization.person.dto.CorrectName;
import org.linli.organization.person.dto.PersonView;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Corrections to a person's identity; everything else about them is recorded where they belong. */
@RestController
@RequestMapping("/api/org/people")
class PersonController {

    private final PersonService people;

    PersonController(PersonService people) {
        this.people = people;
    }

    @PutMapping("/{id}/name")
    @AdminsOnly
    PersonView correctName(Caller caller, @PathVariable long id, @Valid @RequestBody CorrectName command) {
        return people.correctName(caller, id, command);
    }
}
