package org.linli.organization.registration;

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
class RegistrationController {

    private final RegistrationService registrations;

    RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @ResidentsAndStaff(scope = "The caller applies for themselves.")
    RegistrationView apply(Caller caller, @Valid @RequestBody ApplyForRegistration command) {
        return registrations.apply(caller, command);
    }

    @GetMapping
    @StaffOnly
    PageResult<RegistrationView> list(
            Caller caller,
            @RequestParam(required = false) RegistrationStatus status,
            @RequestParam(defaultValue = "1") @Min(1) long page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) long size) {
        return registrations.list(caller, status, page, size);
    }

    @GetMapping("/{id}")
    @ResidentsAndStaff(
            scope =
                    "The applicant: their own application. Staff: applications to a community in their own org subtree. Any other id answers 404.")
    RegistrationView get(Caller caller, @PathVariable long id) {
        return registrations.get(caller, id);
    }

    @PostMapping("/{id}/approve")
    @AdminsOnly
    RegistrationView approve(Caller caller, @PathVariable long id, @Valid @RequestBody ApproveRegistration command) {
        return registrations.approve(caller, id, command);
    }

    @PostMapping("/{id}/reject")
    @AdminsOnly
    RegistrationView reject(Caller caller, @PathVariable long id, @Valid @RequestBody RejectRegistration command) {
        return registrations.reject(caller, id, command);
    }
}
