package org.linli.organization.geography;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.linli.organization.geography.dto.CreateOrgUnit;
import org.linli.organization.geography.dto.OrgUnitView;
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

/** Staff API for the geography tree; every read and write is limited to the caller's subtree. */
@RestController
@RequestMapping("/api/org/units")
@StaffOnly
@Tag(
        name = "行政区划与网格 · Districts, communities and grids",
        description = "The geography tree staff work in: district (区) → street (街道) → community (社区) → compound"
                + " (小区) or grid (网格) → building (楼栋) → unit (单元). Each staff account is bound to one unit and"
                + " sees only the subtree below it.")
class GeographyController {

    private final GeographyService geography;

    GeographyController(GeographyService geography) {
        this.geography = geography;
    }

    @GetMapping
    @Operation(
            summary = "List the units to start browsing from",
            description = "The caller's own unit; for a system administrator, every top-level unit (district).")
    List<OrgUnitView> roots(Caller caller) {
        return geography.roots(caller);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AdminsOnly
    @Operation(
            summary = "Create a unit under a unit of the caller's area",
            description = "Each kind sits under one kind only: STREET under DISTRICT, COMMUNITY under STREET,"
                    + " COMPOUND and GRID under COMMUNITY, BUILDING under COMPOUND, UNIT under BUILDING. A building"
                    + " may name the grid of its community it belongs to.")
    @ProblemCode(
            status = 404,
            code = "org-unit.not-found",
            when = "The parent or the grid is not a unit of the caller's area.")
    @ProblemCode(
            status = 422,
            code = "org-unit.parent-required",
            when = "No parentId: only a system administrator creates a top-level unit.")
    @ProblemCode(
            status = 422,
            code = "org-unit.wrong-parent",
            when = "The parent is not of the kind this kind sits under (or a DISTRICT was given a parent).")
    @ProblemCode(
            status = 422,
            code = "org-unit.wrong-grid",
            when = "gridId is not a GRID of the building's own community.")
    @ProblemCode(
            status = 409,
            code = "org-unit.duplicate-name",
            when = "The parent already has a unit of this kind with this name.")
    OrgUnitView create(Caller caller, @Valid @RequestBody CreateOrgUnit command) {
        return geography.create(caller, command);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a unit")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "No unit with this id in the caller's area.")
    OrgUnitView get(Caller caller, @Parameter(description = "The unit.", example = "3") @PathVariable long id) {
        return geography.get(caller, id);
    }

    @GetMapping("/{id}/children")
    @Operation(
            summary = "List a unit's children",
            description = "One level down, not the whole subtree: a community's compounds and grids, say.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "No unit with this id in the caller's area.")
    List<OrgUnitView> children(
            Caller caller, @Parameter(description = "The unit.", example = "3") @PathVariable long id) {
        return geography.children(caller, id);
    }
}
