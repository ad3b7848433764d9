package org.linli.organization.partyorg;

import java.util.Set;
import org.linli.organization.geography.OrgUnitKind;

/**
 * The five levels of party organisation, in both shapes the field reports describe: the
 * street-led shape (seed 001) and the property-industry "big committee" shape (seed 002).
 */
public enum PartyOrgKind {
    /** 街道党工委 */
    STREET_WORKING_COMMITTEE(1, Set.of(OrgUnitKind.STREET)),
    /** 行业党委 (property-industry committee) */
    INDUSTRY_COMMITTEE(1, Set.of(OrgUnitKind.DISTRICT, OrgUnitKind.STREET)),
    /** 社区党委 */
    COMMUNITY_COMMITTEE(2, Set.of(OrgUnitKind.COMMUNITY)),
    /** 社区党总支 */
    COMMUNITY_GENERAL_BRANCH(2, Set.of(OrgUnitKind.COMMUNITY)),
    /** 社区大党委 */
    BIG_COMMITTEE(2, Set.of(OrgUnitKind.COMMUNITY)),
    /** 小区党支部 */
    COMPOUND_BRANCH(3, Set.of(OrgUnitKind.COMPOUND)),
    /** 小区党组织 (seed 002: the compound's organisation under a big committee, whatever its formal rank) */
    COMPOUND_ORGANISATION(3, Set.of(OrgUnitKind.COMPOUND)),
    /** 网格党支部 */
    GRID_BRANCH(3, Set.of(OrgUnitKind.GRID)),
    /** 楼栋党小组 */
    BUILDING_GROUP(4, Set.of(OrgUnitKind.BUILDING)),
    /** 党员中心户 */
    CENTRAL_HOUSEHOLD(5, Set.of(OrgUnitKind.BUILDING, OrgUnitKind.UNIT)),
    /** 党员责任区 */
    RESPONSIBILITY_ZONE(5, Set.of(OrgUnitKind.BUILDING, OrgUnitKind.UNIT));

    private final int level;
    private final Set<OrgUnitKind> anchors;

    PartyOrgKind(int level, Set<OrgUnitKind> anchors) {
        this.level = level;
        this.anchors = anchors;
    }

    public int level() {
        return level;
    }

    /** The geography kinds an organisation of this kind may be anchored to. */
    public Set<OrgUnitKind> anchors() {
        return anchors;
    }
}
