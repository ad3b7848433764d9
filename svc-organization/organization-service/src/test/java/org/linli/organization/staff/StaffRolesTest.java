package org.linli.organization.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.platform.core.token.Role;

/** Walks every pair: who may grant what, and which unit each role may be bound to. */
class StaffRolesTest {

    @Test
    void eachRoleGrantsExactlyTheStaffRolesBelowIt() {
        assertThat(grantableBy(Role.SYSTEM_ADMIN))
                .containsExactlyInAnyOrder(
                        Role.STREET_ADMIN, Role.COMMUNITY_ADMIN, Role.GRID_WORKER, Role.PROPERTY_STAFF);
        assertThat(grantableBy(Role.STREET_ADMIN))
                .containsExactlyInAnyOrder(Role.COMMUNITY_ADMIN, Role.GRID_WORKER, Role.PROPERTY_STAFF);
        assertThat(grantableBy(Role.COMMUNITY_ADMIN)).containsExactlyInAnyOrder(Role.GRID_WORKER, Role.PROPERTY_STAFF);
        assertThat(grantableBy(Role.GRID_WORKER)).isEmpty();
        assertThat(grantableBy(Role.PROPERTY_STAFF)).isEmpty();
        assertThat(grantableBy(Role.RESIDENT)).isEmpty();
        assertThat(grantableBy(Role.PARTY_MEMBER)).isEmpty();
        assertThat(grantableBy(Role.VOLUNTEER)).isEmpty();
    }

    @Test
    void nobodyGrantsTheirOwnRankOrANonStaffRole() {
        for (Role role : Role.values()) {
            assertThat(StaffRoles.mayGrant(Set.of(role), role)).as(role.name()).isFalse();
            assertThat(StaffRoles.mayGrant(Set.of(role), Role.RESIDENT)).isFalse();
        }
    }

    @Test
    void theHighestOfSeveralRolesCounts() {
        assertThat(StaffRoles.mayGrant(Set.of(Role.PARTY_MEMBER, Role.COMMUNITY_ADMIN), Role.GRID_WORKER))
                .isTrue();
    }

    @Test
    void eachRoleBelongsOnItsKindsOfUnit() {
        assertThat(kindsFor(Role.STREET_ADMIN)).containsExactly(OrgUnitKind.STREET);
        assertThat(kindsFor(Role.COMMUNITY_ADMIN)).containsExactly(OrgUnitKind.COMMUNITY);
        assertThat(kindsFor(Role.GRID_WORKER)).containsExactlyInAnyOrder(OrgUnitKind.GRID, OrgUnitKind.COMMUNITY);
        assertThat(kindsFor(Role.PROPERTY_STAFF)).containsExactly(OrgUnitKind.COMPOUND);
        assertThat(kindsFor(Role.SYSTEM_ADMIN)).isEmpty();
        assertThat(kindsFor(Role.RESIDENT)).isEmpty();
    }

    private static Set<Role> grantableBy(Role granter) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (StaffRoles.mayGrant(Set.of(granter), role)) {
                granted.add(role);
            }
        }
        return granted;
    }

    private static Set<OrgUnitKind> kindsFor(Role role) {
        Set<OrgUnitKind> kinds = EnumSet.noneOf(OrgUnitKind.class);
        for (OrgUnitKind kind : OrgUnitKind.values()) {
            if (StaffRoles.fits(role, kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
