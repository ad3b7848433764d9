package org.linli.organization.lookup;

import java.util.List;
import java.util.Optional;
import org.linli.organization.api.lookup.HouseholdHandlers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind the hot lookups, one round trip each where possible. Plain SQL because they join
 * across the registry's tables and return exactly the columns the lookups need.
 */
@Repository
class LookupQueries {

    private final JdbcClient jdbc;

    LookupQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> householdPath(long householdId) {
        return jdbc.sql("SELECT path FROM household WHERE id = ?")
                .param(householdId)
                .query(String.class)
                .optional();
    }

    /** A household with its responsible member and its compound's property company, in one round trip. */
    Optional<HouseholdHandlers> handlers(long householdId) {
        return jdbc.sql("SELECT h.id, h.compound_id, h.path, l.party_member_id, m.person_id, cp.id"
                        + " FROM household h"
                        + " LEFT JOIN member_household_link l ON l.household_id = h.id"
                        + " LEFT JOIN party_member m ON m.id = l.party_member_id"
                        + " LEFT JOIN compound_party cp ON cp.compound_id = h.compound_id AND cp.kind = 'PROPERTY_COMPANY'"
                        + " WHERE h.id = ?")
                .param(householdId)
                .query((rs, n) -> new HouseholdHandlers(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        rs.getObject(5, Long.class),
                        rs.getObject(6, Long.class)))
                .optional();
    }

    List<Long> residentsOf(long householdId) {
        return jdbc.sql("SELECT person_id FROM household_tie WHERE household_id = ?")
                .param(householdId)
                .query(Long.class)
                .list();
    }

    List<MemberRow> responsibleMembers(long householdId) {
        return jdbc.sql("SELECT m.id, m.position, p.name_cipher, m.phone_cipher, o.id, o.name"
                        + " FROM member_household_link l"
                        + " JOIN party_member m ON m.id = l.party_member_id"
                        + " JOIN person p ON p.id = m.person_id"
                        + " JOIN party_org o ON o.id = m.party_org_id"
                        + " WHERE l.household_id = ?")
                .param(householdId)
                .query((rs, n) -> new MemberRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6)))
                .list();
    }

    Optional<MemberScope> member(long memberId) {
        return jdbc.sql("SELECT scope_path, person_id FROM party_member WHERE id = ?")
                .param(memberId)
                .query((rs, n) -> new MemberScope(rs.getString(1), rs.getLong(2)))
                .optional();
    }

    List<HouseholdRow> householdsOf(long memberId) {
        return jdbc.sql("SELECT h.id, h.building_id, c.name, b.name, u.name, h.room"
                        + " FROM member_household_link l"
                        + " JOIN household h ON h.id = l.household_id"
                        + " JOIN org_unit u ON u.id = h.unit_id"
                        + " JOIN org_unit b ON b.id = h.building_id"
                        + " JOIN org_unit c ON c.id = h.compound_id"
                        + " WHERE l.party_member_id = ?"
                        + " ORDER BY h.id")
                .param(memberId)
                .query((rs, n) -> new HouseholdRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    List<Long> membersOfPerson(long personId) {
        return jdbc.sql("SELECT id FROM party_member WHERE person_id = ?")
                .param(personId)
                .query(Long.class)
                .list();
    }

    List<Long> householdIdsOfMember(long memberId) {
        return jdbc.sql("SELECT household_id FROM member_household_link WHERE party_member_id = ?")
                .param(memberId)
                .query(Long.class)
                .list();
    }

    record MemberRow(
            long memberId,
            String position,
            String nameCipher,
            String phoneCipher,
            long partyOrgId,
            String partyOrgName) {}

    record MemberScope(String scopePath, long personId) {}

    record HouseholdRow(
            long householdId, long buildingId, String compound, String building, String unit, String room) {}
}
