package org.linli.organization.partymember;

public enum MemberCategory {
    /** 居民党员: organised where they live */
    RESIDENT,
    /** 在职党员: organised at work, registered where they live (双报到) */
    IN_SERVICE,
    /** 离退休党员 */
    RETIRED,
    /** 流动党员 */
    MOBILE
}
