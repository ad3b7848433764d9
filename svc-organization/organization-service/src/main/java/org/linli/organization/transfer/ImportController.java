package org.linli.organization.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.linli.platform.access.AdminsOnly;
import org.linli.platform.access.StaffOnly;
import org.linli.platform.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import from .xlsx or .csv (multipart field {@code file}) into an org unit of the caller's area.
 * All or nothing: a file with any bad row is answered 422 listing every bad row, and writes nothing.
 * Households and party members change the registry's structure, so they need an administrator.
 */
@RestController
@RequestMapping("/api/org/units/{unitId}/imports")
class ImportController {

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
    @AdminsOnly
    HouseholdsImported households(Caller caller, @PathVariable long unitId, @RequestParam MultipartFile file) {
        return slots.run(() -> households.run(caller, unitId, read(file, Dataset.HOUSEHOLDS)));
    }

    @PostMapping("/residents")
    @StaffOnly
    ResidentsImported residents(Caller caller, @PathVariable long unitId, @RequestParam MultipartFile file) {
        return slots.run(() -> residents.run(caller, unitId, read(file, Dataset.RESIDENTS)));
    }

    @PostMapping("/party-members")
    @AdminsOnly
    PartyMembersImported partyMembers(Caller caller, @PathVariable long unitId, @RequestParam MultipartFile file) {
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
