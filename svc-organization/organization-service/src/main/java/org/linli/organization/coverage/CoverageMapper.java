package org.linli.organization.coverage;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The 全覆盖 report reads across geography, party organisations, members and links: one SQL
 * statement per figure, because asking each feature's service unit by unit would be N+1 over a
 * million households. Every query starts from a prefix LIKE on an indexed path column
 * (idx_org_unit_kind_path, idx_household_path) and probes the gap on an index
 * (idx_party_org_anchor, idx_party_member_org, uk_link_household). {@code pattern} is a path with
 * '%' appended; paths hold only digits and slashes, so no LIKE wildcard needs escaping.
 */
@Mapper
interface CoverageMapper {

    /** Covered by a compound-level organisation on it, or by a grid branch whose grid holds one of its buildings. */
    String UNCOVERED_COMPOUNDS = " FROM org_unit c WHERE c.kind = 'COMPOUND' AND c.path LIKE #{pattern}"
            + " AND NOT EXISTS (SELECT 1 FROM party_org o WHERE o.anchor_unit_id = c.id"
            + "   AND o.kind IN ('COMPOUND_BRANCH', 'COMPOUND_ORGANISATION'))"
            + " AND NOT EXISTS (SELECT 1 FROM org_unit b JOIN party_org g"
            + "   ON g.anchor_unit_id = b.grid_id AND g.kind = 'GRID_BRANCH'"
            + "   WHERE b.parent_id = c.id AND b.kind = 'BUILDING')";

    /** Covered when a building party group on it has a member whose position is group leader. */
    String UNCOVERED_BUILDINGS = " FROM org_unit b WHERE b.kind = 'BUILDING' AND b.path LIKE #{pattern}"
            + " AND NOT EXISTS (SELECT 1 FROM party_org g JOIN party_member m"
            + "   ON m.party_org_id = g.id AND m.position = 'GROUP_LEADER'"
            + "   WHERE g.anchor_unit_id = b.id AND g.kind = 'BUILDING_GROUP')";

    /**
     * Covered when a member is responsible for the household (党员联户). An anti-join rather than NOT
     * EXISTS: MariaDB materialises that subquery over the whole link table, measured at 1M households
     * as 3.3 s for the first 100 gaps against 0.1 s for the join, which walks idx_household_path in
     * order and stops at the limit.
     */
    String UNCOVERED_HOUSEHOLDS = " FROM household h LEFT JOIN member_household_link l ON l.household_id = h.id"
            + " WHERE h.path LIKE #{pattern} AND l.id IS NULL";

    @Select("SELECT COUNT(*) FROM org_unit WHERE kind = #{kind} AND path LIKE #{pattern}")
    long countUnits(@Param("kind") String kind, @Param("pattern") String pattern);

    @Select("SELECT COUNT(*) FROM household WHERE path LIKE #{pattern}")
    long countHouseholds(@Param("pattern") String pattern);

    @Select("SELECT COUNT(*)" + UNCOVERED_COMPOUNDS)
    long countUncoveredCompounds(@Param("pattern") String pattern);

    @Select("SELECT c.id, c.name" + UNCOVERED_COMPOUNDS + " ORDER BY c.path LIMIT #{limit}")
    List<UncoveredCompound> uncoveredCompounds(@Param("pattern") String pattern, @Param("limit") int limit);

    @Select("SELECT COUNT(*)" + UNCOVERED_BUILDINGS)
    long countUncoveredBuildings(@Param("pattern") String pattern);

    @Select("SELECT b.id, b.parent_id AS compound_id, b.name" + UNCOVERED_BUILDINGS + " ORDER BY b.path LIMIT #{limit}")
    List<UncoveredBuilding> uncoveredBuildings(@Param("pattern") String pattern, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM member_household_link WHERE path LIKE #{pattern}")
    long countLinks(@Param("pattern") String pattern);

    /** The first gaps in path order (the index's order, so the scan stops at the limit); names joined only for those. */
    @Select("SELECT h.id, h.compound_id, h.building_id, b.name AS building_name, u.name AS unit_name, h.room"
            + " FROM (SELECT h.id, h.compound_id, h.building_id, h.unit_id, h.room" + UNCOVERED_HOUSEHOLDS
            + "   ORDER BY h.path, h.id LIMIT #{limit}) h"
            + " JOIN org_unit b ON b.id = h.building_id JOIN org_unit u ON u.id = h.unit_id"
            + " ORDER BY u.path, h.id")
    List<UncoveredHousehold> uncoveredHouseholds(@Param("pattern") String pattern, @Param("limit") int limit);
}
