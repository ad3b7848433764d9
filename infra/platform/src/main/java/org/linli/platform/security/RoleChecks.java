package org.linli.platform.security;

import org.linli.platform.core.token.Role;

/**
 * Coarse role rules for {@code @PreAuthorize("@roles.isStaff()")}. Fine-grained rules (which org
 * subtree) live in the services, through {@link Caller#sees}.
 */
public class RoleChecks {

    public boolean isStaff() {
        return CallerArgumentResolver.current().isStaff();
    }

    /** Community, street or system administrators: may change the registry's structure and accounts. */
    public boolean isAdmin() {
        Caller caller = CallerArgumentResolver.current();
        return caller.has(Role.COMMUNITY_ADMIN) || caller.has(Role.STREET_ADMIN) || caller.has(Role.SYSTEM_ADMIN);
    }

    public boolean has(String role) {
        return CallerArgumentResolver.current().has(Role.valueOf(role));
    }
}
