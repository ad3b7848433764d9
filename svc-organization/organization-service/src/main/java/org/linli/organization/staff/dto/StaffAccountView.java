package org.linli.organization.staff.dto;

import java.time.LocalDateTime;
import org.linli.organization.account.AccountStatus;
import org.linli.platform.security.Role;

/**
 * A staff account as staff see it. The display name is shown in full: only staff whose scope holds
 * the account see it, and they work with that colleague by name.
 */
public record StaffAccountView(
        long id,
        String username,
        String displayName,
        Role role,
        AccountStatus status,
        Long orgUnitId,
        String orgUnitName,
        String orgPath,
        LocalDateTime createdAt) {}
