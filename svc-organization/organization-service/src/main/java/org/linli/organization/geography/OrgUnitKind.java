package org.linli.organization.geography;

import java.util.Set;

/** The levels of the geography tree, and which level each may sit under. */
public enum OrgUnitKind {
    /** 区 */
    DISTRICT,
    /** 街道/镇 */
    STREET,
    /** 社区 */
    COMMUNITY,
    /** 小区 */
    COMPOUND,
    /** 网格: partitions a community, crosswise to compounds */
    GRID,
    /** 楼栋 */
    BUILDING,
    /** 单元 */
    UNIT;

    public Set<OrgUnitKind> allowedParents() {
        return switch (this) {
            case DISTRICT -> Set.of();
            case STREET -> Set.of(DISTRICT);
            case COMMUNITY -> Set.of(STREET);
            case COMPOUND, GRID -> Set.of(COMMUNITY);
            case BUILDING -> Set.of(COMPOUND);
            case UNIT -> Set.of(BUILDING);
        };
    }
}
