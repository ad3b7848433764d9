package org.linli.platform.security;

import java.util.List;
import org.linli.platform.core.token.Role;

/**
 * Coarse role rules for {@code @PreAuthorize("@roles.isStaff()")}. Fine-grained rules (which org
 * subtree) live in the services, through {@link Caller#sees}.
 */
public class RoleChecks {

    /** Community, street and system administrators: the roles {@link #isAdmin()} lets in. */
    public static final List<Role> ADMINS = List.of(Role.COMMUNITY_ADMIN, Role.STREET_ADMIN, Role.SYSTEM_ADMIN);

    public boolean isStaff() {
        return CallerArgumentResolver.current().isStaff();
    }

    /** Community, street or system administrators: may change the registry's structure and accounts. */
    public boolean isAdmin() {
        Caller caller = CallerArgumentResolver.current();
        return ADMINS.stream().anyMatch(caller::has);
    }

    public boolean has(String role) {
        return CallerArgumentResolver.current().has(Role.valueOf(role));
    }
}
