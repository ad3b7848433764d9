package org.linli.organization.demo;

import java.util.ArrayList;
import java.util.List;
import org.linli.organization.geography.OrgUnitKind;
import org.linli.organization.staff.StaffAccountService;
import org.linli.platform.core.token.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo staff logins, one per console role below the system administrator, bound to the first street,
 * community, grid and compound of the demo district. They share one published password: the demo
 * generator is for development and demonstrations, never run against a production database.
 */
@Component
class DemoStaff {

    /** Printed by {@code ./dev up} and the README; dev-only. */
    static final String PASSWORD = "linli-demo-2026";

    record Login(String username, Role role, OrgUnitKind kind, String displayName) {}

    static final List<Login> LOGINS = List.of(
            new Login("demo-street", Role.STREET_ADMIN, OrgUnitKind.STREET, "街道管理员（演示）"),
            new Login("demo-community", Role.COMMUNITY_ADMIN, OrgUnitKind.COMMUNITY, "社区管理员（演示）"),
            new Login("demo-grid", Role.GRID_WORKER, OrgUnitKind.GRID, "网格员（演示）"),
            new Login("demo-property", Role.PROPERTY_STAFF, OrgUnitKind.COMPOUND, "物业人员（演示）"));

    private final StaffAccountService staffAccounts;
    private final JdbcTemplate jdbc;

    DemoStaff(StaffAccountService staffAccounts, JdbcTemplate jdbc) {
        this.staffAccounts = staffAccounts;
        this.jdbc = jdbc;
    }

    /** Creates the demo logins that are missing; returns the usernames it created. */
    List<String> ensure(long district) {
        String districtPath = "/" + district + "/";
        long street = first(OrgUnitKind.STREET, districtPath);
        String streetPath = districtPath + street + "/";
        long community = first(OrgUnitKind.COMMUNITY, streetPath);
        String communityPath = streetPath + community + "/";
        List<String> created = new ArrayList<>();
        for (Login login : LOGINS) {
            long unit =
                    switch (login.kind()) {
                        case STREET -> street;
                        case COMMUNITY -> community;
                        default -> first(login.kind(), communityPath);
                    };
            if (staffAccounts.createIfAbsent(login.username(), PASSWORD, login.displayName(), login.role(), unit)) {
                created.add(login.username());
            }
        }
        return created;
    }

    /** The lowest id wins: the generator numbers units in the order it walks the tree, so this is stable. */
    private long first(OrgUnitKind kind, String pathPrefix) {
        return jdbc.queryForObject(
                "SELECT MIN(id) FROM org_unit WHERE kind = ? AND path LIKE CONCAT(?, '%')",
                Long.class, kind.name(), pathPrefix);
    }
}
