package org.linli.platform.security;

import java.util.Set;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who is calling, as proven by a verified bearer token. Staff carry the materialized path of the org
 * unit their role is bound to ({@code /1/4/17/}); what lies outside that subtree does not exist for them.
 *
 * @param accountId the account that logged in (token subject)
 * @param personId the registry person behind the account, once known
 * @param roles what the account may do
 * @param orgUnitId the org unit a staff role is bound to
 * @param scopePath the materialized path of that unit
 */
public record Caller(
        long accountId,
        @Nullable Long personId,
        Set<Role> roles,
        @Nullable Long orgUnitId,
        @Nullable String scopePath) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** Whether a record whose org path is {@code path} lies inside this caller's data scope. */
    public boolean sees(@Nullable String path) {
        if (has(Role.SYSTEM_ADMIN)) {
            return true;
        }
        return isStaff() && path != null && scopePath != null && path.startsWith(scopePath);
    }

    /** The path prefix a staff query must be filtered by; "/" (everything) for a system admin. */
    public String scopePrefix() {
        if (has(Role.SYSTEM_ADMIN)) {
            return "/";
        }
        if (!isStaff() || scopePath == null) {
            throw new AccessDeniedException("Only staff have a data scope");
        }
        return scopePath;
    }
}
