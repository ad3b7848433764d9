package org.linli.organization.account;

import java.util.Set;
import org.linli.platform.core.token.Role;
import org.springframework.lang.Nullable;

/**
 * What an access token for an account says, worked out afresh at every login and refresh so that a
 * change (a new party membership, a disabled account, a moved staff member) shows in the next token.
 */
public record AccessGrant(
        long accountId, @Nullable Long personId, Set<Role> roles, @Nullable Long orgUnitId, @Nullable String orgPath) {

    public AccessGrant {
        roles = Set.copyOf(roles);
    }
}
