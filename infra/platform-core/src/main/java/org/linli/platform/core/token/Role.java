package org.linli.platform.core.token;

/**
 * The roles of DESIGN.md §5. Staff roles are bound to an org unit and see only its subtree; a {@link
 * #SERVICE} caller has no scope of its own, only the token scopes its client was registered with.
 */
public enum Role {
    RESIDENT(false),
    VOLUNTEER(false),
    PARTY_MEMBER(false),
    GRID_WORKER(true),
    PROPERTY_STAFF(true),
    COMMUNITY_ADMIN(true),
    STREET_ADMIN(true),
    SYSTEM_ADMIN(true),
    /** Another Linli service calling in the background (a job, an event consumer), never a person. */
    SERVICE(false);

    private final boolean staff;

    Role(boolean staff) {
        this.staff = staff;
    }

    public boolean isStaff() {
        return staff;
    }
}
