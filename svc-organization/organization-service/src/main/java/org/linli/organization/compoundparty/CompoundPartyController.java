package org.linli.organization.compoundparty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.linli.organization.compoundparty.dto.AddCompoundPartyMember;
import org.linli.organization.compoundparty.dto.CompoundPartiesView;
import org.linli.organization.compoundparty.dto.EstablishCompoundParty;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Every answer is the compound's whole three-party picture, so the console redraws from one response. */
@RestController
@RequestMapping("/api/org/compounds/{compoundId}/parties")
@StaffOnly(
        scope = "Only compounds inside the caller's own org unit and the units below it; any other id answers 404,"
                + " as one that names nothing does.")
@Tag(
        name = "小区三方 · Compound parties",
        description = "The three parties of a compound (三驾马车): the residents' committee (居委会), the owners'"
                + " committee (业委会) and the property company (物业), with the people serving in each. Every answer"
                + " is the compound's whole picture, with the parties still missing.")
class CompoundPartyController {

    private final CompoundPartyService parties;

    CompoundPartyController(CompoundPartyService parties) {
        this.parties = parties;
    }

    @GetMapping
    @Operation(
            summary = "Show a compound's three parties and their people",
            description = "People are masked; partyMember says whether they are a party member in the caller's"
                    + " area. The owners' committee shows its share of party members against the 30 % target.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "compoundId is not a unit of the caller's area.")
    @ProblemCode(status = 422, code = "org-unit.wrong-kind", when = "compoundId is not a COMPOUND.")
    CompoundPartiesView list(
            Caller caller, @Parameter(description = "The compound.", example = "4") @PathVariable long compoundId) {
        return parties.parties(caller, compoundId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly
    @Operation(
            summary = "Record one of a compound's three parties",
            description = "A compound has at most one party of each kind. Answers the compound's whole picture.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "compoundId is not a unit of the caller's area.")
    @ProblemCode(status = 422, code = "org-unit.wrong-kind", when = "compoundId is not a COMPOUND.")
    @ProblemCode(status = 422, code = "compound-party.term-reversed", when = "termEnd is not after termStart.")
    @ProblemCode(
            status = 409,
            code = "compound-party.already-established",
            when = "The compound already has a party of this kind.")
    CompoundPartiesView establish(
            Caller caller,
            @Parameter(description = "The compound.", example = "179") @PathVariable long compoundId,
            @Valid @RequestBody EstablishCompoundParty command) {
        return parties.establish(caller, compoundId, command);
    }

    @PostMapping("/{kind}/members")
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly
    @Operation(
            summary = "Add a person to one of a compound's parties",
            description = "Committees have a CHAIR, VICE_CHAIRs and MEMBERs; a property company has CONTACTs. A person"
                    + " already registered under the ID number is added as that person. Answers the compound's"
                    + " whole picture.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "compoundId is not a unit of the caller's area.")
    @ProblemCode(
            status = 404,
            code = "compound-party.not-found",
            when = "The compound has no party of this kind yet: record it first.")
    @ProblemCode(status = 422, code = "org-unit.wrong-kind", when = "compoundId is not a COMPOUND.")
    @ProblemCode(status = 422, code = "compound-party.wrong-role", when = "This kind of party has no such role.")
    @ProblemCode(
            status = 409,
            code = "person.name-mismatch",
            when = "The ID number is registered under another name: check both against the ID card.")
    @ProblemCode(
            status = 409,
            code = "compound-party.already-serving",
            when = "The person already serves in this party.")
    CompoundPartiesView addMember(
            Caller caller,
            @Parameter(description = "The compound.", example = "4") @PathVariable long compoundId,
            @Parameter(description = "Which of the three parties.", example = "OWNERS_COMMITTEE") @PathVariable
                    CompoundPartyKind kind,
            @Valid @RequestBody AddCompoundPartyMember command) {
        return parties.addMember(caller, compoundId, kind, command);
    }
}
