package org.linli.organization.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.linli.organization.registration.dto.ApplyForRegistration;
import org.linli.organization.registration.dto.ApproveRegistration;
import org.linli.organization.registration.dto.RegistrationView;
import org.linli.organization.registration.dto.RejectRegistration;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 双报到. Applying is open to any signed-in person; deciding belongs to the community's administrators. */
@RestController
@RequestMapping("/api/org/registrations")
@Tag(
        name = "双报到 · Dual registration",
        description = "双报到: in-service party members (在职党员) register with the community where they live, as well"
                + " as at their employer; the community's administrators approve, enrolling them in one of its party"
                + " organisations, or reject with a reason.")
class RegistrationController {

    private static final String APPLICATION = "The application.";

    private final RegistrationService registrations;

    RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ResidentsAndStaff(
            scope = "A resident applies for themself, to any community. Staff apply for the person they name, to a"
                    + " community in their own org subtree, and only for someone all of whose records they see.")
    @Operation(
            summary = "Apply for 双报到 registration with a community",
            description = "A resident applies for themself and leaves person out; staff record an application on"
                    + " someone's behalf and name them in person (someone already registered under their recorded"
                    + " name). The application waits, PENDING, for the community's administrators.")
    @ProblemCode(
            status = 403,
            code = "registration.identity-unverified",
            when = "A resident who is not real-name verified: verify first (POST /api/auth/real-name).")
    @ProblemCode(
            status = 404,
            code = "org-unit.not-found",
            when = "No org unit has this communityId (for staff: none in their area).")
    @ProblemCode(status = 422, code = "org-unit.wrong-kind", when = "communityId names a unit that is not a COMMUNITY.")
    @ProblemCode(
            status = 422,
            code = "registration.person-required",
            when = "Staff left out person: name the applicant.")
    @ProblemCode(
            status = 422,
            code = "registration.person-not-allowed",
            when = "A resident sent person: they apply for themself, so leave it out.")
    @ProblemCode(
            status = 409,
            code = "person.name-mismatch",
            when = "Staff: the ID number is registered under another name; check both against the ID card.")
    @ProblemCode(
            status = 409,
            code = "person.registered-elsewhere",
            when = "Staff: the person also has records outside the caller's area, so only an administrator whose"
                    + " area covers them all may apply for them.")
    @ProblemCode(
            status = 409,
            code = "registration.already-member",
            when = "The applicant is already registered as a party member.")
    @ProblemCode(
            status = 409,
            code = "registration.already-pending",
            when = "The applicant already has an application waiting for a decision.")
    RegistrationView apply(Caller caller, @Valid @RequestBody ApplyForRegistration command) {
        return registrations.apply(caller, command);
    }

    @GetMapping
    @StaffOnly
    @Operation(
            summary = "List 双报到 applications in my area",
            description = "Applications to communities in the caller's subtree, oldest first (the order to work"
                    + " through them), a page at a time; applicants are masked.")
    PageResult<RegistrationView> list(
            Caller caller,
            @Parameter(description = "Only applications in this status; all when left out.", example = "PENDING")
                    @RequestParam(required = false)
                    RegistrationStatus status,
            @Parameter(description = "The page, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Applications per page, at most 500.", example = "50")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(500)
                    long size) {
        return registrations.list(caller, status, page, size);
    }

    @GetMapping("/{id}")
    @ResidentsAndStaff(
            scope = "The applicant: their own application. Staff: applications to a community in their own "
                    + "org subtree. Any other id answers 404.")
    @Operation(summary = "Get one 双报到 application")
    @ProblemCode(
            status = 404,
            code = "registration.not-found",
            when = "No application with this id that the caller may see.")
    RegistrationView get(Caller caller, @PathVariable @Parameter(description = APPLICATION, example = "4") long id) {
        return registrations.get(caller, id);
    }

    @PostMapping("/{id}/approve")
    @AdminsOnly
    @Operation(
            summary = "Approve a 双报到 application",
            description = "Enrols the applicant as an in-service party member (在职党员) of the party organisation"
                    + " given, which must belong to the application's community; the decision is final.")
    @ProblemCode(
            status = 404,
            code = "registration.not-found",
            when = "No application with this id in the caller's area.")
    @ProblemCode(
            status = 404,
            code = "party-org.not-found",
            when = "No party organisation has this partyOrgId in the caller's area.")
    @ProblemCode(
            status = 422,
            code = "registration.org-outside-community",
            when = "partyOrgId names an organisation of another community than the application's.")
    @ProblemCode(
            status = 409,
            code = "registration.already-decided",
            when = "The application was decided already, perhaps by someone else a moment ago: reload it.")
    @ProblemCode(
            status = 409,
            code = "person.registered-elsewhere",
            when = "The applicant also has records outside the caller's area, so only an administrator whose area"
                    + " covers them all may enrol them.")
    @ProblemCode(
            status = 409,
            code = "party-member.already-enrolled",
            when = "The applicant was enrolled as a party member meanwhile; reject the application instead.")
    RegistrationView approve(
            Caller caller,
            @PathVariable @Parameter(description = APPLICATION, example = "4") long id,
            @Valid @RequestBody ApproveRegistration command) {
        return registrations.approve(caller, id, command);
    }

    @PostMapping("/{id}/reject")
    @AdminsOnly
    @Operation(
            summary = "Reject a 双报到 application with a reason",
            description = "The reason is shown to the applicant; the decision is final (they may apply again).")
    @ProblemCode(
            status = 404,
            code = "registration.not-found",
            when = "No application with this id in the caller's area.")
    @ProblemCode(
            status = 409,
            code = "registration.already-decided",
            when = "The application was decided already, perhaps by someone else a moment ago: reload it.")
    RegistrationView reject(
            Caller caller,
            @PathVariable @Parameter(description = APPLICATION, example = "4") long id,
            @Valid @RequestBody RejectRegistration command) {
        return registrations.reject(caller, id, command);
    }
}
