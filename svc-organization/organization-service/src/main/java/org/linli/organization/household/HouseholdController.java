package org.linli.organization.household;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.linli.organization.accessaudit.dto.Reveal;
import org.linli.organization.household.dto.AddResident;
import org.linli.organization.household.dto.CreateHousehold;
import org.linli.organization.household.dto.HouseholdView;
import org.linli.organization.person.dto.UnmaskedPerson;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.access.ResidentsAndStaff;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/org/households")
class HouseholdController {

    private final HouseholdService households;

    HouseholdController(HouseholdService households) {
        this.households = households;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @StaffOnly
    HouseholdView create(Caller caller, @Valid @RequestBody CreateHousehold command) {
        return households.create(caller, command);
    }

    @GetMapping
    @StaffOnly
    PageResult<HouseholdView> list(
            Caller caller,
            @RequestParam long under,
            @RequestParam(defaultValue = "1") @Min(1) long page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) long size) {
        return households.listUnder(caller, under, page, size);
    }

    @GetMapping("/{id}")
    @ResidentsAndStaff(
            scope = "A resident: a household they live in. Staff: their own org subtree. Any other id answers 404.")
    HouseholdView get(Caller caller, @PathVariable long id) {
        return households.get(caller, id);
    }

    @PostMapping("/{id}/residents")
    @ResponseStatus(HttpStatus.CREATED)
    @StaffOnly
    HouseholdView addResident(Caller caller, @PathVariable long id, @Valid @RequestBody AddResident command) {
        return households.addResident(caller, id, command);
    }

    /** A resident's details in clear, for administrators, with a reason that goes to the access audit. */
    @PostMapping("/{id}/residents/{personId}/reveal")
    @AdminsOnly
    ResponseEntity<UnmaskedPerson> revealResident(
            Caller caller, @PathVariable long id, @PathVariable long personId, @Valid @RequestBody Reveal command) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(households.revealResident(caller, id, personId, command.reason()));
    }

    @DeleteMapping("/{id}/residents/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @StaffOnly
    void removeResident(Caller caller, @PathVariable long id, @PathVariable long personId) {
        households.removeResident(caller, id, personId);
    }
}
