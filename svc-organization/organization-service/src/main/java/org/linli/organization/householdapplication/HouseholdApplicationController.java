package org.linli.organization.householdapplication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.linli.organization.householdapplication.dto.ApplyForHousehold;
import org.linli.organization.householdapplication.dto.HouseholdApplicationView;
import org.linli.organization.householdapplication.dto.RejectHouseholdApplication;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.access.ResidentsOnly;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applying to be tied to a household (residents, under /api/auth like the rest of their identity), and
 * deciding on applications (staff of the household's community, under /api/org).
 */
@RestController
@Tag(
        name = "入户申请 · Household applications",
        description = "Residents whom the roster does not know ask to be tied to a household (入户申请); the"
                + " administrators of the household's community approve, which ties them, or reject with a reason.")
class HouseholdApplicationController {

    private final HouseholdApplicationService applications;

    HouseholdApplicationController(HouseholdApplicationService applications) {
        this.applications = applications;
    }

    @PostMapping("/api/auth/household-applications")
    @ResponseStatus(HttpStatus.CREATED)
    @ResidentsOnly(scope = "The resident applies for themself, to any household; its residents stay hidden.")
    @Operation(
            summary = "Apply to join a household",
            description = "For a real-name verified resident whom the roster did not tie to this home. The"
                    + " application waits, PENDING, for an administrator of the household's community.")
    @ProblemCode(
            status = 403,
            code = "consent.required",
            when = "The resident has not consented to the privacy policy in force: ask for consent"
                    + " (POST /api/auth/consent), then retry.")
    @ProblemCode(
            status = 403,
            code = "real-name.required",
            when = "The resident is not real-name verified: verify first (POST /api/auth/real-name).")
    @ProblemCode(status = 404, code = "household.not-found", when = "No household has this householdId.")
    @ProblemCode(
            status = 409,
            code = "household-application.already-tied",
            when = "The resident already belongs to this household.")
    @ProblemCode(
            status = 409,
            code = "household-application.already-pending",
            when = "The resident already has an application for this household waiting for a decision.")
    HouseholdApplicationView apply(Caller caller, @Valid @RequestBody ApplyForHousehold command) {
        return applications.apply(caller.accountId(), command);
    }

    @GetMapping("/api/auth/household-applications")
    @ResidentsOnly
    @Operation(
            summary = "List my household applications",
            description = "Every application the resident made, newest first, in any status.")
    List<HouseholdApplicationView> mine(Caller caller) {
        return applications.mine(caller.accountId());
    }

    @GetMapping("/api/org/household-applications")
    @StaffOnly
    @Operation(
            summary = "List household applications in my area",
            description = "Applications for households in the caller's subtree, oldest first (the order to work"
                    + " through them), a page at a time;"
                    + " applicants are masked.")
    PageResult<HouseholdApplicationView> list(
            Caller caller,
            @Parameter(description = "Only applications in this status; all when left out.", example = "PENDING")
                    @RequestParam(required = false)
                    HouseholdApplicationStatus status,
            @Parameter(description = "The page, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Applications per page, at most 500.", example = "50")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(500)
                    long size) {
        return applications.list(caller, status, page, size);
    }

    @GetMapping("/api/org/household-applications/{id}")
    @ResidentsAndStaff(
            scope = "A resident: their own applications. Staff: applications for households in their own "
                    + "org subtree. Any other id answers 404.")
    @Operation(summary = "Get one household application")
    @ProblemCode(
            status = 404,
            code = "household-application.not-found",
            when = "No application with this id that the caller may see.")
    HouseholdApplicationView get(
            Caller caller, @PathVariable @Parameter(description = "The application.", example = "1") long id) {
        return applications.get(caller, id);
    }

    @PostMapping("/api/org/household-applications/{id}/approve")
    @AdminsOnly
    @Operation(
            summary = "Approve a household application",
            description = "Ties the applicant to the household with the relation they gave; the decision is final.")
    @ProblemCode(
            status = 404,
            code = "household-application.not-found",
            when = "No application with this id in the caller's area.")
    @ProblemCode(
            status = 409,
            code = "household-application.already-decided",
            when = "The application was decided already (or withdrawn), perhaps by someone else a moment ago:"
                    + " reload it.")
    HouseholdApplicationView approve(
            Caller caller, @PathVariable @Parameter(description = "The application.", example = "1") long id) {
        return applications.approve(caller, id);
    }

    @PostMapping("/api/org/household-applications/{id}/reject")
    @AdminsOnly
    @Operation(
            summary = "Reject a household application with a reason",
            description = "The reason is shown to the applicant; the decision is final (they may apply again).")
    @ProblemCode(
            status = 404,
            code = "household-application.not-found",
            when = "No application with this id in the caller's area.")
    @ProblemCode(
            status = 409,
            code = "household-application.already-decided",
            when = "The application was decided already (or withdrawn), perhaps by someone else a moment ago:"
                    + " reload it.")
    HouseholdApplicationView reject(
            Caller caller,
            @PathVariable @Parameter(description = "The application.", example = "1") long id,
            @Valid @RequestBody RejectHouseholdApplication command) {
        return applications.reject(caller, id, command);
    }
}
