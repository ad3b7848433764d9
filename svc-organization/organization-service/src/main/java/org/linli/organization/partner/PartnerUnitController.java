package org.linli.organization.partner;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.linli.organization.partner.dto.CreatePartnerUnit;
import org.linli.organization.partner.dto.PartnerUnitView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/org/partner-units")
@StaffOnly(
        scope = "Only partner units of communities inside the caller's own org subtree; any other id answers 404,"
                + " as one that names nothing does.")
@Tag(
        name = "共建单位 · Partner units",
        description = "The partner units (共建单位) each community signs co-building agreements with: agencies,"
                + " schools, the police, hospitals and companies, which may send part-time committee members.")
class PartnerUnitController {

    private final PartnerUnitService partners;

    PartnerUnitController(PartnerUnitService partners) {
        this.partners = partners;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly(scope = "Only for a community inside the caller's own org subtree; any other answers 404.")
    @Operation(summary = "Record a community's partner unit")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "communityId is not a unit of the caller's area.")
    @ProblemCode(status = 422, code = "org-unit.wrong-kind", when = "communityId is not a COMMUNITY.")
    @ProblemCode(
            status = 409,
            code = "partner-unit.duplicate-name",
            when = "The community already has a partner unit with this name.")
    PartnerUnitView create(Caller caller, @Valid @RequestBody CreatePartnerUnit command) {
        return partners.create(caller, command);
    }

    /** A community has tens of partner units, not thousands: the list is not paged. */
    @GetMapping
    @Operation(summary = "List a community's partner units", description = "Not paged: a community has tens of them.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "community is not a unit of the caller's area.")
    @ProblemCode(status = 422, code = "org-unit.wrong-kind", when = "community is not a COMMUNITY.")
    List<PartnerUnitView> list(
            Caller caller,
            @Parameter(description = "The community (a unit of kind COMMUNITY).", example = "3") @RequestParam
                    long community) {
        return partners.listOf(caller, community);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a partner unit")
    @ProblemCode(
            status = 404,
            code = "partner-unit.not-found",
            when = "No partner unit with this id in the caller's area.")
    PartnerUnitView get(
            Caller caller, @Parameter(description = "The partner unit.", example = "1") @PathVariable long id) {
        return partners.get(caller, id);
    }
}
