package org.linli.organization.compoundparty;

public enum CompoundPartyRole {
    /** 主任 / 主任委员 */
    CHAIR,
    /** 副主任 */
    VICE_CHAIR,
    /** 委员 */
    MEMBER,
    /** a property company's contact person for the compound */
    CONTACT
}
