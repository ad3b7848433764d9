package org.linli.organization.coverage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.linli.organization.coverage.dto.CoverageReport;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@StaffOnly
@Tag(
        name = "联户覆盖 · Link coverage",
        description = "Coverage (全覆盖) of a unit's subtree, as figures and as work lists: compounds without a party"
                + " branch, buildings without a party group led by a group leader, and households no party member"
                + " looks after.")
class CoverageController {

    private final CoverageService coverage;

    CoverageController(CoverageService coverage) {
        this.coverage = coverage;
    }

    /** @param limit how many gaps of each kind to list; the counts are always complete */
    @GetMapping("/api/org/units/{id}/coverage")
    @Operation(
            summary = "Report where party coverage is missing in a unit's subtree",
            description = "The counts are always complete; each list holds the first gaps in tree order, at most"
                    + " limit of each kind. Narrow the unit to see the rest.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "No unit with this id in the caller's area.")
    CoverageReport report(
            Caller caller,
            @Parameter(description = "The unit whose subtree to report on.", example = "3") @PathVariable long id,
            @Parameter(description = "How many gaps of each kind to list, 1 to 500.", example = "100")
                    @RequestParam(defaultValue = "100")
                    @Min(1)
                    @Max(500)
                    int limit) {
        return coverage.report(caller, id, limit);
    }
}
