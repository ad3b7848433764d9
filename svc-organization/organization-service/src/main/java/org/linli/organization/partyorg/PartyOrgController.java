package org.linli.organization.partyorg;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.linli.organization.partyorg.dto.CreatePartyOrg;
import org.linli.organization.partyorg.dto.PartyOrgView;
import org.linli.platform.access.AdminsOnly;
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

@RestController
@RequestMapping("/api/org/party-orgs")
@StaffOnly(
        scope = "Only organisations anchored inside the caller's own org unit and the units below it; any other id"
                + " answers 404, as one that names nothing does.")
@Tag(
        name = "党组织 · Party organisations",
        description = "Party organisations in five levels (五级组织体系), from the street's working committee (街道党工委)"
                + " through community committees and compound or grid branches (支部) to building groups (楼栋党小组) and"
                + " central households (党员中心户), each anchored to a unit of the geography tree.")
class PartyOrgController {

    private final PartyOrgService orgs;

    PartyOrgController(PartyOrgService orgs) {
        this.orgs = orgs;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly(scope = "Only anchored to a unit inside the caller's own org subtree, under a parent they can see.")
    @Operation(
            summary = "Create a party organisation",
            description = "Its level follows from its kind; it sits directly under an organisation one level up"
                    + " (only a level-1 organisation has no parent) and is anchored to a unit of the kind its kind"
                    + " requires, inside the parent's area.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "anchorUnitId is not a unit of the caller's area.")
    @ProblemCode(
            status = 404,
            code = "party-org.not-found",
            when = "parentId is not an organisation the caller can see.")
    @ProblemCode(
            status = 422,
            code = "party-org.wrong-anchor",
            when = "The anchor unit is not of a kind this kind of organisation is anchored to.")
    @ProblemCode(
            status = 422,
            code = "party-org.wrong-level",
            when = "The parent is not exactly one level above this kind of organisation.")
    @ProblemCode(
            status = 422,
            code = "party-org.anchor-outside-parent",
            when = "The anchor unit lies outside the parent organisation's area.")
    @ProblemCode(
            status = 422,
            code = "party-org.parent-required",
            when = "No parentId for an organisation below level 1.")
    PartyOrgView create(Caller caller, @Valid @RequestBody CreatePartyOrg command) {
        return orgs.create(caller, command);
    }

    @GetMapping
    @Operation(
            summary = "List the party organisations anchored in a unit's subtree",
            description = "Paged. Organisations anchored above the unit (the street's committee when listing a"
                    + " community) are not under it and are left out.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "under is not a unit of the caller's area.")
    PageResult<PartyOrgView> list(
            Caller caller,
            @Parameter(description = "The geography unit whose subtree to list.", example = "3") @RequestParam
                    long under,
            @Parameter(description = "Page number, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Organisations per page, 1 to 500.", example = "50")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(500)
                    long size) {
        return orgs.listUnder(caller, under, page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a party organisation")
    @ProblemCode(
            status = 404,
            code = "party-org.not-found",
            when = "No organisation with this id anchored in the caller's area.")
    PartyOrgView get(
            Caller caller, @Parameter(description = "The organisation.", example = "3") @PathVariable long id) {
        return orgs.get(caller, id);
    }

    @GetMapping("/{id}/children")
    @Operation(summary = "List the organisations directly under a party organisation")
    @ProblemCode(
            status = 404,
            code = "party-org.not-found",
            when = "No organisation with this id anchored in the caller's area.")
    List<PartyOrgView> children(
            Caller caller, @Parameter(description = "The organisation.", example = "3") @PathVariable long id) {
        return orgs.children(caller, id);
    }
}
