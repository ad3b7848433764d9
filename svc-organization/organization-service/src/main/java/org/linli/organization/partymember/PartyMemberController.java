package org.linli.organization.partymember;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.linli.organization.accessaudit.dto.Reveal;
import org.linli.organization.partymember.dto.ChangePartyMember;
import org.linli.organization.partymember.dto.EnrollPartyMember;
import org.linli.organization.partymember.dto.PartyMemberView;
import org.linli.organization.person.dto.UnmaskedPerson;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/org/party-members")
@Tag(
        name = "党员 · Party members",
        description = "Party members (党员) and their membership: the organisation they belong to, their category"
                + " (居民党员, 在职党员, 离退休党员, 流动党员), position, and how many households they look after."
                + " Personal data is masked; an administrator sees it in clear only by giving a reason.")
class PartyMemberController {

    private final PartyMemberService members;

    PartyMemberController(PartyMemberService members) {
        this.members = members;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly(
            scope = "Only into an organisation anchored in the caller's own org subtree, and only a person all of"
                    + " whose records lie there (else 409 person.registered-elsewhere).")
    @Operation(
            summary = "Enrol a person as a party member",
            description = "A person already registered under the ID number is enrolled as that person, under their"
                    + " recorded name. A person holds one membership.")
    @ProblemCode(
            status = 404,
            code = "party-org.not-found",
            when = "partyOrgId is not an organisation of the caller's area.")
    @ProblemCode(
            status = 404,
            code = "household.not-found",
            when = "centralHouseholdId is not a household of the caller's area.")
    @ProblemCode(
            status = 404,
            code = "partner-unit.not-found",
            when = "partnerUnitId is not a partner unit of the caller's area.")
    @ProblemCode(
            status = 422,
            code = "party-member.employer-required",
            when = "An IN_SERVICE member without employer and employerPartyOrg.")
    @ProblemCode(
            status = 422,
            code = "party-member.partner-outside-community",
            when = "The partner unit works with another community than the organisation's.")
    @ProblemCode(
            status = 409,
            code = "person.name-mismatch",
            when = "The ID number is registered under another name: check both against the ID card.")
    @ProblemCode(
            status = 409,
            code = "person.registered-elsewhere",
            when = "The person also has records outside the caller's area: the street office or a system"
                    + " administrator must enrol them.")
    @ProblemCode(
            status = 409,
            code = "party-member.already-enrolled",
            when = "The person is already registered as a party member.")
    PartyMemberView enroll(Caller caller, @Valid @RequestBody EnrollPartyMember command) {
        return members.enroll(caller, command);
    }

    @GetMapping
    @StaffOnly(
            scope = "Only members of organisations anchored inside the caller's own org subtree; a unit outside it"
                    + " answers 404.")
    @Operation(
            summary = "List the party members in a unit's subtree",
            description = "Paged; members of organisations anchored at or below the unit.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "under is not a unit of the caller's area.")
    PageResult<PartyMemberView> list(
            Caller caller,
            @Parameter(description = "The geography unit whose subtree to list.", example = "3") @RequestParam
                    long under,
            @Parameter(description = "Page number, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Members per page, 1 to 500.", example = "50")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(500)
                    long size) {
        return members.listUnder(caller, under, page, size);
    }

    @GetMapping("/{id}")
    @ResidentsAndStaff(
            scope = "A resident: only their own membership. Staff: members of organisations anchored in their own"
                    + " org subtree. Any other id answers 404.")
    @Operation(summary = "Get a party member", description = "Personal data is masked.")
    @ProblemCode(
            status = 404,
            code = "party-member.not-found",
            when = "No party member with this id that the caller may see.")
    PartyMemberView get(
            Caller caller, @Parameter(description = "The party member.", example = "1") @PathVariable long id) {
        return members.get(caller, id);
    }

    /** A member's details in clear, for administrators, with a reason that goes to the access audit. */
    @PostMapping("/{id}/reveal")
    @AdminsOnly
    @Operation(
            summary = "Show a party member's details in clear",
            description = "The reason is recorded in the access audit before the details are answered. The answer"
                    + " is sent with Cache-Control: no-store; do not keep it.")
    @ProblemCode(
            status = 404,
            code = "party-member.not-found",
            when = "No party member with this id in the caller's area.")
    ResponseEntity<UnmaskedPerson> reveal(
            Caller caller,
            @Parameter(description = "The party member.", example = "1") @PathVariable long id,
            @Valid @RequestBody Reveal command) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(members.reveal(caller, id, command.reason()));
    }

    @PutMapping("/{id}")
    @AdminsOnly
    @Operation(
            summary = "Move a party member to another organisation or position",
            description = "Replaces the whole assignment (a null partnerUnitId clears it). Send the version read"
                    + " last; the member's households must all lie in the new organisation's area.")
    @ProblemCode(
            status = 404,
            code = "party-member.not-found",
            when = "No party member with this id in the caller's area.")
    @ProblemCode(
            status = 404,
            code = "party-org.not-found",
            when = "partyOrgId is not an organisation of the caller's area.")
    @ProblemCode(
            status = 404,
            code = "partner-unit.not-found",
            when = "partnerUnitId is not a partner unit of the caller's area.")
    @ProblemCode(
            status = 422,
            code = "party-member.partner-outside-community",
            when = "The partner unit works with another community than the organisation's.")
    @ProblemCode(
            status = 409,
            code = "party-member.households-outside-new-area",
            when = "The member looks after households outside the new organisation's area: hand them to another"
                    + " member first.")
    @ProblemCode(
            status = 409,
            code = "party-member.stale",
            when = "Someone else changed the member since the version sent: reload and retry.")
    PartyMemberView change(
            Caller caller,
            @Parameter(description = "The party member.", example = "1") @PathVariable long id,
            @Valid @RequestBody ChangePartyMember command) {
        return members.change(caller, id, command);
    }
}
