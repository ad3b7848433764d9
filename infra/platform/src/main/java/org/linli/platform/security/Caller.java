package org.linli.platform.security;

import java.util.Set;
import org.linli.platform.core.token.Role;
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
 * @param client for a {@link Role#SERVICE} caller, the registered client (service) it is; else null
 * @param grants for a {@link Role#SERVICE} caller, what its client may do (token scopes); else empty
 */
public record Caller(
        long accountId,
        @Nullable Long personId,
        Set<Role> roles,
        @Nullable Long orgUnitId,
        @Nullable String scopePath,
        @Nullable String client,
        Set<String> grants) {

    public Caller {
        roles = Set.copyOf(roles);
        grants = Set.copyOf(grants);
    }

    /** A person's account: a resident, volunteer or staff member. */
    public Caller(
            long accountId,
            @Nullable Long personId,
            Set<Role> roles,
            @Nullable Long orgUnitId,
            @Nullable String scopePath) {
        this(accountId, personId, roles, orgUnitId, scopePath, null, Set.of());
    }

    /** Another service, calling with the token its client was issued. */
    public static Caller service(String client, Set<String> grants) {
        return new Caller(0, null, Set.of(Role.SERVICE), null, null, client, grants);
    }

    public boolean isService() {
        return has(Role.SERVICE);
    }

    /** Whether a service caller's client was granted {@code grant} (a token scope). People have none. */
    public boolean mayDo(String grant) {
        return isService() && grants.contains(grant);
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
