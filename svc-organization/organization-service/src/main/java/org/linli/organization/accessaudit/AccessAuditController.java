package org.linli.organization.accessaudit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.OffsetDateTime;
import org.linli.organization.accessaudit.dto.AccessAuditView;
import org.linli.organization.geography.GeographyService;
import org.linli.platform.access.AdminsOnly;
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
@AdminsOnly
class AccessAuditController {

    private final AccessAudit audit;
    private final GeographyService geography;

    AccessAuditController(AccessAudit audit, GeographyService geography) {
        this.audit = audit;
        this.geography = geography;
    }

    @GetMapping
    PageResult<AccessAuditView> list(
            Caller caller,
            @RequestParam(required = false) Long under,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(defaultValue = "1") @Min(1) long page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) long size) {
        String scope = under == null
                ? caller.scopePrefix()
                : geography.visible(caller, under).getPath();
        return audit.list(scope, personId, accountId, from, to, page, size);
    }
}
