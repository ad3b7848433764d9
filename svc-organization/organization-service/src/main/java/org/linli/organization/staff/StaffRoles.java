package org.linli.organization.staff;

import java.util.Set;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.platform.security.Role;

/**
 * Who may hand out which staff role, and where each role belongs in the geography tree. A staff member
 * grants only roles ranked strictly below their own, so nobody can widen anyone's reach — their own
 * included — beyond what they hold.
 */
final class StaffRoles {

    private StaffRoles() {}

    /** SYSTEM_ADMIN > STREET_ADMIN > COMMUNITY_ADMIN > GRID_WORKER, PROPERTY_STAFF; 0 for non-staff. */
    static int rank(Role role) {
        return switch (role) {
            case SYSTEM_ADMIN -> 4;
            case STREET_ADMIN -> 3;
            case COMMUNITY_ADMIN -> 2;
            case GRID_WORKER, PROPERTY_STAFF -> 1;
            case RESIDENT, VOLUNTEER, PARTY_MEMBER, SERVICE -> 0;
        };
    }

    /** The highest rank among a caller's roles. */
    static int rank(Set<Role> roles) {
        return roles.stream().mapToInt(StaffRoles::rank).max().orElse(0);
    }

    static boolean mayGrant(Set<Role> granterRoles, Role granted) {
        return granted.isStaff() && rank(granted) < rank(granterRoles);
    }

    /** The kinds of unit a role may be bound to; empty for SYSTEM_ADMIN, whose scope is every tree. */
    static Set<OrgUnitKind> unitKindsFor(Role role) {
        return switch (role) {
            case STREET_ADMIN -> Set.of(OrgUnitKind.STREET);
            case COMMUNITY_ADMIN -> Set.of(OrgUnitKind.COMMUNITY);
            // a grid worker may serve a whole community until its grids are drawn
            case GRID_WORKER -> Set.of(OrgUnitKind.GRID, OrgUnitKind.COMMUNITY);
            case PROPERTY_STAFF -> Set.of(OrgUnitKind.COMPOUND);
            case SYSTEM_ADMIN, RESIDENT, VOLUNTEER, PARTY_MEMBER, SERVICE -> Set.of();
        };
    }

    static boolean fits(Role role, OrgUnitKind kind) {
        return unitKindsFor(role).contains(kind);
    }
}
