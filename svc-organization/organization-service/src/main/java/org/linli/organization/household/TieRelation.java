package org.linli.organization.household;

/** How a person belongs to a household. */
public enum TieRelation {
    /** 业主 */
    OWNER,
    /** 家庭成员 */
    FAMILY,
    /** 租户 */
    TENANT
}
