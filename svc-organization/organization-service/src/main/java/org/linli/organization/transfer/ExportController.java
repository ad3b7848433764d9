package org.linli.organization.transfer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.linli.organization.accessaudit.AccessAudit;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
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
@StaffOnly(
        scope = "Only a unit inside the caller's own org subtree (any other answers 404). Unmasked exports only for"
                + " COMMUNITY_ADMIN, STREET_ADMIN and SYSTEM_ADMIN, each recorded in the access audit.")
@Tag(name = ImportController.TAG, description = ImportController.TAG_DESCRIPTION)
@ApiResponse(
        responseCode = "200",
        description = "The sheet, as a download (Content-Disposition: attachment), streamed: an export that fails"
                + " halfway ends short rather than with a problem.",
        headers =
                @Header(
                        name = "Content-Disposition",
                        description = "attachment; filename=<dataset>-<unitId>.<format>",
                        schema = @Schema(type = "string", example = "attachment; filename=\"residents-3.xlsx\"")),
        content = {
            @Content(
                    mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))
        })
@ProblemCode(status = 404, code = "org-unit.not-found", when = "unitId is not a unit of the caller's area.")
@ProblemCode(status = 422, code = "export.unknown-format", when = "format is neither xlsx nor csv.")
class ExportController {

    private static final String FORMAT = "xlsx (the default) or csv (UTF-8).";
    private static final String UNMASKED = "true for personal data in clear: administrators only, with a reason.";
    private static final String REASON = "Why the data is needed in clear, 1 to 200 characters; required with"
            + " unmasked=true and recorded in the access audit.";

    private final RegistryExport export;

    ExportController(RegistryExport export) {
        this.export = export;
    }

    @GetMapping("/households")
    @Operation(
            summary = "Export the households of a unit's subtree",
            description = "Columns 小区, 楼栋, 单元, 房号, 面积(㎡), as the household import reads them. Holds no personal data.")
    void households(
            Caller caller,
            @Parameter(description = "The unit whose subtree to export.", example = "3") @PathVariable long unitId,
            @Parameter(description = FORMAT, example = "xlsx") @RequestParam(defaultValue = "xlsx") String format,
            HttpServletResponse response)
            throws IOException {
        send(caller, unitId, Dataset.HOUSEHOLDS, format, false, null, response);
    }

    @GetMapping("/residents")
    @Operation(
            summary = "Export the residents of a unit's subtree",
            description = "Columns 小区, 楼栋, 单元, 房号, 姓名, 身份证号, 手机号, 关系, as the resident import reads them."
                    + " Names, ID numbers and phones are masked unless unmasked=true; an unmasked export is"
                    + " recorded in the access audit before its first byte is sent.")
    @ProblemCode(
            status = 403,
            code = "auth.forbidden",
            when = "unmasked=true from a role below COMMUNITY_ADMIN, or the caller's role may not export at all.")
    @ProblemCode(
            status = 422,
            code = "access.reason-required",
            when = "unmasked=true without a reason of 1 to 200 characters.")
    void residents(
            Caller caller,
            @Parameter(description = "The unit whose subtree to export.", example = "3") @PathVariable long unitId,
            @Parameter(description = FORMAT, example = "xlsx") @RequestParam(defaultValue = "xlsx") String format,
            @Parameter(description = UNMASKED, example = "false") @RequestParam(defaultValue = "false")
                    boolean unmasked,
            @Parameter(description = REASON, example = "年度党员信息核对") @RequestParam(required = false) String reason,
            HttpServletResponse response)
            throws IOException {
        send(caller, unitId, Dataset.RESIDENTS, format, unmasked, reason, response);
    }

    @GetMapping("/party-members")
    @Operation(
            summary = "Export the party members of a unit's subtree",
            description = "Columns 姓名, 身份证号, 手机号, 党组织, 类别, 职务, 工作单位, 单位党组织, as the party-member import reads them."
                    + " Names, ID numbers and phones are masked unless unmasked=true; an unmasked export is"
                    + " recorded in the access audit before its first byte is sent.")
    @ProblemCode(
            status = 403,
            code = "auth.forbidden",
            when = "unmasked=true from a role below COMMUNITY_ADMIN, or the caller's role may not export at all.")
    @ProblemCode(
            status = 422,
            code = "access.reason-required",
            when = "unmasked=true without a reason of 1 to 200 characters.")
    void partyMembers(
            Caller caller,
            @Parameter(description = "The unit whose subtree to export.", example = "3") @PathVariable long unitId,
            @Parameter(description = FORMAT, example = "xlsx") @RequestParam(defaultValue = "xlsx") String format,
            @Parameter(description = UNMASKED, example = "false") @RequestParam(defaultValue = "false")
                    boolean unmasked,
            @Parameter(description = REASON, example = "年度党员信息核对") @RequestParam(required = false) String reason,
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
