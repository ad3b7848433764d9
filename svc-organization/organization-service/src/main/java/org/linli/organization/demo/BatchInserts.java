package org.linli.organization.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Buffers demo rows per table and writes them as JDBC batches, which the driver turns into multi-row
 * INSERTs ({@code rewriteBatchedStatements=true}). Tables are flushed in foreign-key order, so a
 * flush never writes a row before the row it points to.
 */
final class BatchInserts {

    /** In foreign-key order. */
    enum Table {
        ORG_UNIT("INSERT INTO org_unit (id, parent_id, kind, name, code, path, depth, grid_id, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(3), NOW(3))"),
        PARTY_ORG("INSERT INTO party_org (id, parent_id, kind, level, name, anchor_unit_id, scope_path, path,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(3), NOW(3))"),
        HOUSEHOLD("INSERT INTO household (id, unit_id, building_id, compound_id, path, room, floor_area,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW(3), NOW(3))"),
        PERSON("INSERT INTO person (id, name_cipher, name_hash, id_number_cipher, id_number_hash,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, NOW(3), NOW(3))"),
        HOUSEHOLD_TIE("INSERT INTO household_tie (id, household_id, person_id, relation, phone_cipher, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, NOW(3), NOW(3))"),
        PARTY_MEMBER("INSERT INTO party_member (id, person_id, phone_cipher, party_org_id, scope_path, category,"
                + " position, employer, employer_party_org, linked_households, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(3), NOW(3))"),
        MEMBER_HOUSEHOLD_LINK("INSERT INTO member_household_link (id, household_id, party_member_id, path, created_at)"
                + " VALUES (?, ?, ?, ?, NOW(3))");

        private final String sql;

        Table(String sql) {
            this.sql = sql;
        }
    }

    private static final int FLUSH_AT = 20_000;

    private final JdbcTemplate jdbc;
    private final Map<Table, List<Object[]>> buffers = new EnumMap<>(Table.class);
    private int buffered;

    BatchInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        for (Table table : Table.values()) {
            buffers.put(table, new ArrayList<>());
        }
    }

    void add(Table table, Object... row) {
        buffers.get(table).add(row);
        buffered++;
    }

    /** Writes everything buffered once enough has gathered; call between whole communities. */
    void flushIfFull() {
        if (buffered >= FLUSH_AT) {
            flush();
        }
    }

    void flush() {
        for (Table table : Table.values()) {
            List<Object[]> rows = buffers.get(table);
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(table.sql, rows);
                rows.clear();
            }
        }
        buffered = 0;
    }
}
