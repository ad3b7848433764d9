package org.linli.organization.accessaudit;

/** How personal data left in clear. */
public enum AccessAction {
    /** a whole dataset of a unit's subtree, unmasked */
    EXPORT,
    /** one person's details on one record, unmasked */
    REVEAL
}
