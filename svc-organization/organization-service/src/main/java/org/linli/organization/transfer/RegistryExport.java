package org.linli.organization.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.linli.organization.accessaudit.AccessAudit;
import org.linli.organization.geography.GeographyService;
import org.linli.organization.household.TieRelation;
import org.linli.organization.partymember.MemberCategory;
import org.linli.organization.partymember.MemberPosition;
import org.linli.platform.pii.Masking;
import org.linli.platform.pii.PiiCipher;
import org.linli.platform.security.Caller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.util.StreamUtils;

/**
 * Exports a unit's subtree in the import columns, so an unmasked export can be imported elsewhere.
 * Personal data is masked unless the caller asks for it unmasked, with a reason (the controller checks
 * the role); every unmasked export is recorded in the access audit before its first byte is written —
 * who, what, where, when, why — and completed with how many rows left; never the data itself.
 */
@Service
public class RegistryExport {

    private static final String HOUSEHOLDS = "SELECT c.name, b.name, u.name, h.room, h.floor_area"
            + " FROM household h JOIN org_unit u ON u.id = h.unit_id JOIN org_unit b ON b.id = h.building_id"
            + " JOIN org_unit c ON c.id = h.compound_id WHERE h.path LIKE CONCAT(?, '%') ORDER BY h.path, h.id";
    private static final String RESIDENTS = "SELECT c.name, b.name, u.name, h.room,"
            + " p.name_cipher, p.id_number_cipher, t.phone_cipher, t.relation"
            + " FROM household h JOIN org_unit u ON u.id = h.unit_id JOIN org_unit b ON b.id = h.building_id"
            + " JOIN org_unit c ON c.id = h.compound_id JOIN household_tie t ON t.household_id = h.id"
            + " JOIN person p ON p.id = t.person_id WHERE h.path LIKE CONCAT(?, '%') ORDER BY h.path, h.id, t.id";
    private static final String PARTY_MEMBERS = "SELECT p.name_cipher, p.id_number_cipher, m.phone_cipher,"
            + " o.name, m.category, m.position, m.employer, m.employer_party_org"
            + " FROM party_member m JOIN person p ON p.id = m.person_id JOIN party_org o ON o.id = m.party_org_id"
            + " WHERE m.scope_path LIKE CONCAT(?, '%') ORDER BY m.id";

    private final GeographyService geography;
    private final JdbcTemplate jdbc;
    private final PiiCipher pii;
    private final AccessAudit audit;

    RegistryExport(GeographyService geography, JdbcTemplate jdbc, PiiCipher pii, AccessAudit audit) {
        this.geography = geography;
        this.audit = audit;
        // stream rows from MySQL/MariaDB instead of loading the whole result (Connector/J's convention)
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(Integer.MIN_VALUE);
        this.pii = pii;
    }

    /** The unit's path, or 404 when the caller may not see it: checked before any byte is sent. */
    public String scope(Caller caller, long unitId) {
        return geography.visible(caller, unitId).getPath();
    }

    /**
     * Streams the dataset to {@code out}.
     *
     * @param unmaskedReason why the caller needs it unmasked (already checked), or null for a masked export
     */
    public int write(
            Caller caller,
            String path,
            Dataset dataset,
            SheetFormat format,
            @Nullable String unmaskedReason,
            OutputStream out)
            throws IOException {
        boolean unmasked = unmaskedReason != null;
        // committed before the first byte: no unmasked row leaves without its record
        Long auditId = unmasked ? audit.exportStarting(caller, dataset.slug(), path, unmaskedReason) : null;
        int[] rows = {0};
        boolean completed = false;
        try {
            // the sheet must not close the response's stream: that would end the response before the
            // audit entry is completed below
            try (SheetWriter sheet = SheetWriter.open(format, dataset, StreamUtils.nonClosing(out))) {
                jdbc.query(
                        sqlFor(dataset),
                        rs -> {
                            try {
                                sheet.row(cells(dataset, rs, unmasked));
                                rows[0]++;
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        path);
            }
            // after close: an xlsx workbook is only written out then
            completed = true;
        } finally {
            // also when the client went away or the query failed halfway: some rows may have left
            if (auditId != null) {
                audit.exportEnded(auditId, rows[0], completed);
            }
        }
        return rows[0];
    }

    private static String sqlFor(Dataset dataset) {
        return switch (dataset) {
            case HOUSEHOLDS -> HOUSEHOLDS;
            case RESIDENTS -> RESIDENTS;
            case PARTY_MEMBERS -> PARTY_MEMBERS;
        };
    }

    private List<Object> cells(Dataset dataset, ResultSet rs, boolean unmasked) throws SQLException {
        List<Object> cells = new ArrayList<>(dataset.columns().size());
        switch (dataset) {
            case HOUSEHOLDS -> {
                for (int i = 1; i <= 4; i++) {
                    cells.add(rs.getString(i));
                }
                cells.add(rs.getBigDecimal(5).stripTrailingZeros());
            }
            case RESIDENTS -> {
                for (int i = 1; i <= 4; i++) {
                    cells.add(rs.getString(i));
                }
                person(rs, 5, unmasked, cells);
                cells.add(Vocabulary.RELATIONS.word(TieRelation.valueOf(rs.getString(8))));
            }
            case PARTY_MEMBERS -> {
                person(rs, 1, unmasked, cells);
                cells.add(rs.getString(4));
                cells.add(Vocabulary.CATEGORIES.word(MemberCategory.valueOf(rs.getString(5))));
                cells.add(Vocabulary.POSITIONS.word(MemberPosition.valueOf(rs.getString(6))));
                cells.add(rs.getString(7));
                cells.add(rs.getString(8));
            }
        }
        return cells;
    }

    /** Name, ID number and phone from the three cipher columns starting at {@code first}. */
    private void person(ResultSet rs, int first, boolean unmasked, List<Object> cells) throws SQLException {
        String name = pii.decrypt(rs.getString(first));
        String idNumber = pii.decrypt(rs.getString(first + 1));
        String phone = pii.decrypt(rs.getString(first + 2));
        cells.add(unmasked ? name : Masking.name(name));
        cells.add(unmasked ? idNumber : Masking.idNumber(idNumber));
        cells.add(unmasked ? phone : Masking.phone(phone));
    }
}
