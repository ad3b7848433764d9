package org.linli.organization.transfer;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.linli.organization.accessaudit.AccessAudit;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.core.token.Role;
import org.linli.platform.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads a unit's subtree as .xlsx or .csv, in the columns the imports read. Personal data is
 * masked unless {@code unmasked=true}, which only community administrators and above may ask for,
 * saying why ({@code reason}, recorded in the access audit).
 */
@RestController
@RequestMapping("/api/org/units/{unitId}/exports")
@StaffOnly
class ExportController {

    private final RegistryExport export;

    ExportController(RegistryExport export) {
        this.export = export;
    }

    @GetMapping("/households")
    void households(
            Caller caller,
            @PathVariable long unitId,
            @RequestParam(defaultValue = "xlsx") String format,
            HttpServletResponse response)
            throws IOException {
        send(caller, unitId, Dataset.HOUSEHOLDS, format, false, null, response);
    }

    @GetMapping("/residents")
    void residents(
            Caller caller,
            @PathVariable long unitId,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "false") boolean unmasked,
            @RequestParam(required = false) String reason,
            HttpServletResponse response)
            throws IOException {
        send(caller, unitId, Dataset.RESIDENTS, format, unmasked, reason, response);
    }

    @GetMapping("/party-members")
    void partyMembers(
            Caller caller,
            @PathVariable long unitId,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(defaultValue = "false") boolean unmasked,
            @RequestParam(required = false) String reason,
            HttpServletResponse response)
            throws IOException {
        send(caller, unitId, Dataset.PARTY_MEMBERS, format, unmasked, reason, response);
    }

    private void send(
            Caller caller,
            long unitId,
            Dataset dataset,
            String format,
            boolean unmasked,
            String reason,
            HttpServletResponse response)
            throws IOException {
        SheetFormat sheetFormat = SheetFormat.of(format);
        if (unmasked
                && !(caller.has(Role.COMMUNITY_ADMIN)
                        || caller.has(Role.STREET_ADMIN)
                        || caller.has(Role.SYSTEM_ADMIN))) {
            throw new AccessDeniedException("unmasked exports are for community administrators and above");
        }
        String unmaskedReason = unmasked ? AccessAudit.reason(reason) : null;
        String path = export.scope(caller, unitId);
        response.setContentType(sheetFormat.contentType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(dataset.slug() + "-" + unitId + "." + sheetFormat.extension(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        export.write(caller, path, dataset, sheetFormat, unmaskedReason, response.getOutputStream());
    }
}
