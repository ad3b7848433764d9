package org.linli.platform.security;

/** The roles of DESIGN.md §5. Staff roles are bound to an org unit and see only its subtree. */
public enum Role {
    RESIDENT(false),
    VOLUNTEER(false),
    PARTY_MEMBER(false),
    GRID_WORKER(true),
    PROPERTY_STAFF(true),
    COMMUNITY_ADMIN(true),
    STREET_ADMIN(true),
    SYSTEM_ADMIN(true);

    private final boolean staff;

    Role(boolean staff) {
        this.staff = staff;
    }

    public boolean isStaff() {
        return staff;
    }
}
