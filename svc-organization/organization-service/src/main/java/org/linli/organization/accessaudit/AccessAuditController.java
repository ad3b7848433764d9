package org.linli.organization.accessaudit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import org.linli.organization.accessaudit.dto.AccessAuditView;
import org.linli.organization.geography.GeographyService;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who read personal data in clear, for administrators: entries about data in their own area only
 * ({@code under} narrows it to a unit of that area; out of it is 404).
 */
@RestController
@RequestMapping("/api/org/access-audit")
@AdminsOnly(
        scope = "Only entries about data inside the caller's own org subtree; under narrows them to a unit there, and"
                + " a unit outside it answers 404.")
@Tag(
        name = "个人信息访问审计 · Personal data access audit",
        description = "The access audit (访问审计): every read of personal data in clear, reveals and unmasked exports,"
                + " with who read it, what, where in the registry, when and why. Entries are written before the data"
                + " leaves and are never changed.")
class AccessAuditController {

    private final AccessAudit audit;
    private final GeographyService geography;

    AccessAuditController(AccessAudit audit, GeographyService geography) {
        this.audit = audit;
        this.geography = geography;
    }

    @GetMapping
    @Operation(
            summary = "List who read personal data in clear",
            description = "Newest first, paged; every filter is optional. Times in the answer are the service's local"
                    + " time.")
    @ProblemCode(status = 404, code = "org-unit.not-found", when = "under is not a unit of the caller's area.")
    PageResult<AccessAuditView> list(
            Caller caller,
            @Parameter(description = "Only entries about data in this unit's subtree.", example = "3")
                    @RequestParam(required = false)
                    Long under,
            @Parameter(description = "Only reveals of this person.", example = "1") @RequestParam(required = false)
                    Long personId,
            @Parameter(description = "Only reads by this staff account.", example = "3") @RequestParam(required = false)
                    Long accountId,
            @Parameter(
                            description = "Only reads that began at or after this instant.",
                            example = "2026-01-01T00:00:00+08:00")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime from,
            @Parameter(
                            description = "Only reads that began before this instant.",
                            example = "2026-12-31T00:00:00+08:00")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime to,
            @Parameter(description = "Page number, from 1.", example = "1") @RequestParam(defaultValue = "1") @Min(1)
                    long page,
            @Parameter(description = "Entries per page, 1 to 500.", example = "50")
                    @RequestParam(defaultValue = "50")
                    @Min(1)
                    @Max(500)
                    long size) {
        String scope = under == null
                ? caller.scopePrefix()
                : geography.visible(caller, under).getPath();
        return audit.list(scope, personId, accountId, from, to, page, size);
    }
}
