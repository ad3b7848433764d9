package org.linli.organization.coverage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.linli.organization.coverage.dto.CoverageReport;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@StaffOnly
class CoverageController {

    private final CoverageService coverage;

    CoverageController(CoverageService coverage) {
        this.coverage = coverage;
    }

    /** @param limit how many gaps of each kind to list; the counts are always complete */
    @GetMapping("/api/org/units/{id}/coverage")
    CoverageReport report(
            Caller caller, @PathVariable long id, @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return coverage.report(caller, id, limit);
    }
}
