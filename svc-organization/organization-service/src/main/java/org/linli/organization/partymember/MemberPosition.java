package org.linli.organization.partymember;

public enum MemberPosition {
    /** 书记 */
    SECRETARY,
    /** 委员 */
    COMMITTEE_MEMBER,
    /** 小组长 (building party group leader) */
    GROUP_LEADER,
    /** 兼职委员: from a partner unit, the police, the owners' committee or the property company */
    PART_TIME_COMMITTEE_MEMBER,
    /** no position */
    MEMBER
}
