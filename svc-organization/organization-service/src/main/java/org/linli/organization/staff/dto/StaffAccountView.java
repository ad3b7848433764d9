package org.linli.organization.staff.dto;

import java.time.LocalDateTime;
import org.linli.organization.account.AccountStatus;
import org.linli.platform.core.token.Role;

/**
 * A staff account as staff see it. The display name is masked (张*明) except in one's own account
 * ({@code GET /api/auth/staff/me}).
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
