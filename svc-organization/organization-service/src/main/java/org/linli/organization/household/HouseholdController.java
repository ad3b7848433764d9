package org.linli.organization.household;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.linli.platform.apidocs.ProblemCode;
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
@Tag(
        name = "住户 · Households and residents",
        description = "Households (户) in the building units of the registry, and the people tied to them as owner"
                + " (业主), family (家庭成员) or tenant (租户). Personal data is masked in every answer; an administrator"
                + " sees one person in clear only by giving a reason, which the access audit records.")
class HouseholdController {

    private final HouseholdService households;

    HouseholdController(HouseholdService households) {
        this.households = households;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @StaffOnly
    @Operation(summary = "Register a household in a building unit", description = "It starts without residents.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "unitId is not a unit of the caller's area.")
    @ProblemCode(status = 422, code = "org-unit.wrong-kind", when = "unitId is not a building unit (kind UNIT).")
    @ProblemCode(
            status = 409,
            code = "household.duplicate-room",
            when = "The unit already has a household with this room number.")
    HouseholdView create(Caller caller, @Valid @RequestBody CreateHousehold command) {
        return households.create(caller, command);
    }

    @GetMapping
    @StaffOnly
    @Operation(
            summary = "List the households in a unit's subtree",
            description = "Paged, by id. The list leaves residents out (null); get a household for them.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "under is not a unit of the caller's area.")
    PageResult<HouseholdView> list(
            Caller caller,
            @Parameter(description = "The unit whose subtree to list (a compound, building ...).", example = "21")
                    @RequestParam
                    long under,
            @Parameter(description = "Page number, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Households per page, 1 to 500.", example = "50")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(500)
                    long size) {
        return households.listUnder(caller, under, page, size);
    }

    @GetMapping("/{id}")
    @ResidentsAndStaff(
            scope = "A resident: a household they live in. Staff: their own org subtree. Any other id answers 404.")
    @Operation(summary = "Get a household with its residents", description = "Residents' details are masked.")
    @ProblemCode(
            status = 404,
            code = "household.not-found",
            when = "No household with this id that the caller may see.")
    HouseholdView get(Caller caller, @Parameter(description = "The household.", example = "1") @PathVariable long id) {
        return households.get(caller, id);
    }

    @PostMapping("/{id}/residents")
    @ResponseStatus(HttpStatus.CREATED)
    @StaffOnly
    @Operation(
            summary = "Tie a person to a household",
            description = "A person already registered under the ID number is tied as that person. Adding someone"
                    + " already tied corrects the tie: the new relation, and the phone if one is given.")
    @ProblemCode(status = 404, code = "household.not-found", when = "No household with this id in the caller's area.")
    @ProblemCode(
            status = 409,
            code = "person.name-mismatch",
            when = "The ID number is registered under another name: check both against the ID card.")
    HouseholdView addResident(
            Caller caller,
            @Parameter(description = "The household.", example = "1") @PathVariable long id,
            @Valid @RequestBody AddResident command) {
        return households.addResident(caller, id, command);
    }

    /** A resident's details in clear, for administrators, with a reason that goes to the access audit. */
    @PostMapping("/{id}/residents/{personId}/reveal")
    @AdminsOnly
    @Operation(
            summary = "Show a resident's details in clear",
            description = "The reason is recorded in the access audit before the details are answered. The answer"
                    + " is sent with Cache-Control: no-store; do not keep it.")
    @ProblemCode(status = 404, code = "household.not-found", when = "No household with this id in the caller's area.")
    @ProblemCode(status = 404, code = "resident.not-found", when = "The person is not tied to this household.")
    ResponseEntity<UnmaskedPerson> revealResident(
            Caller caller,
            @Parameter(description = "The household.", example = "1") @PathVariable long id,
            @Parameter(description = "The resident (person id).", example = "1") @PathVariable long personId,
            @Valid @RequestBody Reveal command) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(households.revealResident(caller, id, personId, command.reason()));
    }

    @DeleteMapping("/{id}/residents/{personId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @StaffOnly
    @Operation(
            summary = "Untie a person from a household",
            description = "The person stays in the registry with their other records.")
    @ProblemCode(status = 404, code = "household.not-found", when = "No household with this id in the caller's area.")
    @ProblemCode(status = 404, code = "resident.not-found", when = "The person is not tied to this household.")
    void removeResident(
            Caller caller,
            @Parameter(description = "The household.", example = "1") @PathVariable long id,
            @Parameter(description = "The resident (person id).", example = "1") @PathVariable long personId) {
        households.removeResident(caller, id, personId);
    }
}
