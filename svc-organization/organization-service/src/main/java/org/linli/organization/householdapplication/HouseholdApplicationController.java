package org.linli.organization.householdapplication;

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
class HouseholdApplicationController {

    private final HouseholdApplicationService applications;

    HouseholdApplicationController(HouseholdApplicationService applications) {
        this.applications = applications;
    }

    @PostMapping("/api/auth/household-applications")
    @ResponseStatus(HttpStatus.CREATED)
    @ResidentsOnly
    HouseholdApplicationView apply(Caller caller, @Valid @RequestBody ApplyForHousehold command) {
        return applications.apply(caller.accountId(), command);
    }

    @GetMapping("/api/auth/household-applications")
    @ResidentsOnly
    List<HouseholdApplicationView> mine(Caller caller) {
        return applications.mine(caller.accountId());
    }

    @GetMapping("/api/org/household-applications")
    @StaffOnly
    PageResult<HouseholdApplicationView> list(
            Caller caller,
            @RequestParam(required = false) HouseholdApplicationStatus status,
            @RequestParam(defaultValue = "1") @Min(1) long page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) long size) {
        return applications.list(caller, status, page, size);
    }

    @GetMapping("/api/org/household-applications/{id}")
    @ResidentsAndStaff(
            scope =
                    "A resident: their own applications. Staff: applications for households in their own org subtree. Any other id answers 404.")
    HouseholdApplicationView get(Caller caller, @PathVariable long id) {
        return applications.get(caller, id);
    }

    @PostMapping("/api/org/household-applications/{id}/approve")
    @AdminsOnly
    HouseholdApplicationView approve(Caller caller, @PathVariable long id) {
        return applications.approve(caller, id);
    }

    @PostMapping("/api/org/household-applications/{id}/reject")
    @AdminsOnly
    HouseholdApplicationView reject(
            Caller caller, @PathVariable long id, @Valid @RequestBody RejectHouseholdApplication command) {
        return applications.reject(caller, id, command);
    }
}
