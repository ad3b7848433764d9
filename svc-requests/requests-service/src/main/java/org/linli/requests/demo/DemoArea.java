package org.linli.requests.demo;

import java.util.Set;
import org.linli.organization.api.lookup.HouseholdPlace;
import org.linli.platform.core.token.Role;
import org.linli.platform.security.Caller;
import org.linli.requests.request.Level;

/**
 * Who acts on a demo request about one home: its resident and the staff of the units its path runs through,
 * as the {@link Caller}s the use cases check (roles bound to those units). The demo district's people have no
 * accounts in svc-requests' sense until they log in, so their account ids come from a range reserved for demo
 * actors: what lies there is demo data, and how the generator recognises its own requests.
 * <ul>
 *   <li>{@value #RESIDENTS} + the household id: the resident who files from that home (no person id: none is
 *       known to svc-requests through any API);
 *   <li>{@value #MEMBERS} + the person id: the household's party member, whose person (from svc-organization's
 *       handler lookup) is what dispatch named;
 *   <li>{@value #STAFF} + the unit id × 10 + the role: staff of a unit. They are not the demo staff logins'
 *       accounts: a timeline shows "the community" acted, not which login.
 * </ul>
 * A grid worker here is bound to the community rather than a grid: a grid's path holds no buildings, so a
 * grid-bound worker sees no request (architecture.md, the known gap of grid scopes).
 */
record DemoArea(HouseholdPlace home) {

    static final long ACCOUNTS_FROM = 7_000_000_000L;
    static final long ACCOUNTS_TO = 7_999_999_999L;
    static final long RESIDENTS = 7_000_000_000L;
    static final long MEMBERS = 7_800_000_000L;
    static final long STAFF = 7_900_000_000L;

    Caller resident() {
        return new Caller(RESIDENTS + home.householdId(), null, Set.of(Role.RESIDENT), null, null);
    }

    Caller partyMember(long personId) {
        return new Caller(MEMBERS + personId, personId, Set.of(Role.PARTY_MEMBER), null, null);
    }

    Caller communityAdmin() {
        return staff(Role.COMMUNITY_ADMIN, Level.COMMUNITY, 1);
    }

    Caller gridWorker() {
        return staff(Role.GRID_WORKER, Level.COMMUNITY, 2);
    }

    Caller streetAdmin() {
        return staff(Role.STREET_ADMIN, Level.STREET, 3);
    }

    Caller propertyStaff() {
        return staff(Role.PROPERTY_STAFF, Level.COMPOUND, 4);
    }

    Caller systemAdmin() {
        return staff(Role.SYSTEM_ADMIN, Level.DISTRICT, 9);
    }

    /** The staff who triage and dispatch a request while it is at {@code level}. */
    Caller dispatcherAt(Level level) {
        return switch (level) {
            case DISTRICT -> systemAdmin();
            case STREET -> streetAdmin();
            case COMMUNITY, COMPOUND, BUILDING -> communityAdmin();
        };
    }

    private Caller staff(Role role, Level level, int roleDigit) {
        String path = level.unitPath(home.path());
        long unit = lastUnitOf(path);
        return new Caller(STAFF + unit * 10 + roleDigit, null, Set.of(role), unit, path);
    }

    /** The id a materialized path ends with ("/1/2/3/" is unit 3). */
    static long lastUnitOf(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return Long.parseLong(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }
}
