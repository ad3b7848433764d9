package org.linli.organization.transfer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.apidocs.ProblemCode;
import org.linli.platform.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import from .xlsx or .csv (multipart field {@code file}) into an org unit of the caller's area.
 * All or nothing: a file with any bad row is answered 422 listing every bad row, and writes nothing.
 * Households and party members change the registry's structure, so they need an administrator.
 */
@RestController
@RequestMapping("/api/org/units/{unitId}/imports")
@Tag(name = ImportController.TAG, description = ImportController.TAG_DESCRIPTION)
@ProblemCode(status = 404, code = "org-unit.not-found", when = "unitId is not a unit of the caller's area.")
@ProblemCode(
        status = 422,
        code = "import.wrong-unit",
        when = "unitId is a grid, building or unit: import into a compound, community, street or district.")
@ProblemCode(status = 422, code = "import.unsupported-format", when = "The file name ends in neither .xlsx nor .csv.")
@ProblemCode(
        status = 422,
        code = "import.unreadable",
        when = "The file cannot be read as .xlsx, or as CSV (quotes, encoding: save it as CSV UTF-8).")
@ProblemCode(status = 422, code = "import.empty", when = "The file has no header row.")
@ProblemCode(
        status = 422,
        code = "import.too-many-rows",
        when = "The file holds more rows than one import may (50,000 by default): split it.")
@ProblemCode(
        status = 422,
        code = "import.invalid-rows",
        when = "Some rows (or the header) need correcting and nothing was imported. Here `errors` lists up to 1,000"
                + " entries of {line, column, message} (line as Excel numbers it, the header is line 1) and"
                + " `errorCount` says how many there are.")
@ProblemCode(
        status = 503,
        code = "import.busy",
        when = "Other imports are running on this instance: send the file again after Retry-After seconds.")
class ImportController {

    static final String TAG = "导入导出 · Import and export";
    static final String TAG_DESCRIPTION = "Bulk import of households, residents and party members from .xlsx or .csv"
            + " into a compound, community, street or district, all or nothing; and export of a unit's subtree in the"
            + " same columns, so an exported file can be imported again.";

    private final ImportSlots slots;
    private final SheetReader sheets;
    private final HouseholdImport households;
    private final ResidentImport residents;
    private final PartyMemberImport partyMembers;

    ImportController(
            ImportSlots slots,
            SheetReader sheets,
            HouseholdImport households,
            ResidentImport residents,
            PartyMemberImport partyMembers) {
        this.slots = slots;
        this.sheets = sheets;
        this.households = households;
        this.residents = residents;
        this.partyMembers = partyMembers;
    }

    @PostMapping("/households")
    @AdminsOnly(scope = "Only into a compound, community, street or district inside the caller's own org subtree.")
    @Operation(
            summary = "Import households from a sheet",
            description = "Columns 小区, 楼栋, 单元, 房号, 面积(㎡) (compound, building, unit, room, floor area). The compounds"
                    + " must exist; missing buildings and units under them are created, without a grid.")
    @ProblemCode(
            status = 409,
            code = "household.duplicate-room",
            when = "Someone registered one of the rooms while the import ran; nothing was imported: send it again.")
    @SheetUpload
    HouseholdsImported households(
            Caller caller,
            @Parameter(description = "Where to import into.", example = "4") @PathVariable long unitId,
            @Parameter(hidden = true) @RequestPart("file") MultipartFile file) {
        return slots.run(() -> households.run(caller, unitId, read(file, Dataset.HOUSEHOLDS)));
    }

    @PostMapping("/residents")
    @StaffOnly(scope = "Only into a compound, community, street or district inside the caller's own org subtree.")
    @Operation(
            summary = "Import residents into registered households",
            description = "Columns 小区, 楼栋, 单元, 房号, 姓名, 身份证号, 手机号, 关系 (compound, building, unit, room,"
                    + " name, ID number, phone, relation). The households must be registered; a person already"
                    + " registered under the ID number is tied as that person.")
    @ProblemCode(
            status = 409,
            code = "person.name-mismatch",
            when = "Someone registered one of the ID numbers under another name while the import ran; nothing was"
                    + " imported: send it again to see the row.")
    @SheetUpload
    ResidentsImported residents(
            Caller caller,
            @Parameter(description = "Where to import into.", example = "4") @PathVariable long unitId,
            @Parameter(hidden = true) @RequestPart("file") MultipartFile file) {
        return slots.run(() -> residents.run(caller, unitId, read(file, Dataset.RESIDENTS)));
    }

    @PostMapping("/party-members")
    @AdminsOnly(scope = "Only into a compound, community, street or district inside the caller's own org subtree.")
    @Operation(
            summary = "Import party members from a sheet",
            description = "Columns 姓名, 身份证号, 手机号, 党组织, 类别, 职务, 工作单位, 单位党组织 (name, ID number,"
                    + " phone, party organisation by name or id, category, position, employer, employer's party"
                    + " organisation). The organisations must lie in the unit's area.")
    @ProblemCode(
            status = 409,
            code = "party-member.already-enrolled",
            when = "Someone enrolled one of the people while the import ran; nothing was imported: send it again to"
                    + " see the row.")
    @SheetUpload
    PartyMembersImported partyMembers(
            Caller caller,
            @Parameter(description = "Where to import into.", example = "3") @PathVariable long unitId,
            @Parameter(hidden = true) @RequestPart("file") MultipartFile file) {
        return slots.run(() -> partyMembers.run(caller, unitId, read(file, Dataset.PARTY_MEMBERS)));
    }

    private List<SheetRow> read(MultipartFile file, Dataset dataset) {
        try (InputStream in = file.getInputStream()) {
            return sheets.read(file.getOriginalFilename(), in, dataset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
