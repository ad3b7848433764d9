package org.linli.platform.security;

import java.util.List;
import org.linli.platform.core.token.Role;

/**
 * Coarse role rules for {@code @PreAuthorize("@roles.isStaff()")}, the people an endpoint is for.
 * Fine-grained rules (which org subtree) live in the services, through {@link Caller#sees}.
 *
 * <p>A SERVICE caller is no person and is judged before these run: {@code ServiceCallerGuard} lets it reach
 * only endpoints opened with {@code @ServiceCallable}, and only with their grant. So these rules let it pass,
 * and an endpoint for staff can be opened to a service without also opening it to residents.
 */
public class RoleChecks {

    /** Community, street and system administrators: the roles {@link #isAdmin()} lets in. */
    public static final List<Role> ADMINS = List.of(Role.COMMUNITY_ADMIN, Role.STREET_ADMIN, Role.SYSTEM_ADMIN);

    public boolean isStaff() {
        Caller caller = CallerArgumentResolver.current();
        return caller.isService() || caller.isStaff();
    }

    /** Community, street or system administrators: may change the registry's structure and accounts. */
    public boolean isAdmin() {
        Caller caller = CallerArgumentResolver.current();
        return caller.isService() || ADMINS.stream().anyMatch(caller::has);
    }

    public boolean has(String role) {
        Caller caller = CallerArgumentResolver.current();
        return caller.isService() || caller.has(Role.valueOf(role));
    }
}
