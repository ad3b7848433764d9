package org.linli.organization.person;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.linli.organization.person.dto.CorrectName;
import org.linli.organization.person.dto.PersonView;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Corrections to a person's identity; everything else about them is recorded where they belong. */
@RestController
@RequestMapping("/api/org/people")
@Tag(
        name = "住户 · Households and residents",
        description = "Households (户) in the building units of the registry, and the people tied to them as owner"
                + " (业主), family (家庭成员) or tenant (租户). Personal data is masked in every answer; an administrator"
                + " sees one person in clear only by giving a reason, which the access audit records.")
class PersonController {

    private final PersonService people;

    PersonController(PersonService people) {
        this.people = people;
    }

    @PutMapping("/{id}/name")
    @AdminsOnly(
            scope = "A person with a record (household tie, party membership ...) in the caller's own org subtree;"
                    + " one with none there answers 404, one also recorded outside it 409.")
    @Operation(
            summary = "Correct a person's name",
            description = "The name shows in every record of the person, so only an administrator whose area holds"
                    + " all of them may correct it.")
    @ProblemCode(
            status = 404,
            code = "person.not-found",
            when = "No person with this id has a record in the caller's area.")
    @ProblemCode(
            status = 409,
            code = "person.registered-elsewhere",
            when = "The person also has records outside the caller's area: the street office or a system"
                    + " administrator must correct the name.")
    @ProblemCode(
            status = 409,
            code = "person.verified",
            when = "The person confirmed this name through real-name verification; it cannot be changed here.")
    @ProblemCode(status = 409, code = "person.stale", when = "Someone else changed the person first: reload and retry.")
    PersonView correctName(
            Caller caller,
            @Parameter(description = "The person.", example = "2") @PathVariable long id,
            @Valid @RequestBody CorrectName command) {
        return people.correctName(caller, id, command);
    }
}
