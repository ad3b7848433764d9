package org.linli.organization.transfer;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bulk reads an import validates against. They cut across features (geography, households, party
 * organisations) the way a whole-file check must; the writes still go through each feature's service.
 */
@Component
class RegistryReads {

    private final JdbcTemplate jdbc;

    RegistryReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Places places(String pathPrefix) {
        List<Places.Place> units = jdbc.query(
                "SELECT id, parent_id, kind, name, path FROM org_unit"
                        + " WHERE path LIKE CONCAT(?, '%') AND kind IN ('COMPOUND', 'BUILDING', 'UNIT')",
                (rs, i) -> new Places.Place(
                        rs.getLong("id"),
                        rs.getLong("parent_id"),
                        rs.getString("kind"),
                        rs.getString("name"),
                        rs.getString("path")),
                pathPrefix);
        List<Object[]> households = jdbc.query(
                "SELECT id, unit_id, room FROM household WHERE path LIKE CONCAT(?, '%')",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}, pathPrefix);
        return new Places(units, households);
    }

    record PartyOrgRef(long id, String name, String scopePath) {}

    List<PartyOrgRef> partyOrgs(String pathPrefix) {
        return jdbc.query(
                "SELECT id, name, scope_path FROM party_org WHERE scope_path LIKE CONCAT(?, '%')",
                (rs, i) -> new PartyOrgRef(rs.getLong(1), rs.getString(2), rs.getString(3)), pathPrefix);
    }
}
