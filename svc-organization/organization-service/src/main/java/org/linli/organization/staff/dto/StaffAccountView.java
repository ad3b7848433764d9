package org.linli.organization.staff.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDateTime;
import org.linli.organization.account.AccountStatus;
import org.linli.platform.core.token.Role;

/**
 * A staff account as staff see it. The display name is masked (张*明) except in one's own account
 * ({@code GET /api/auth/staff/me}).
 */
public record StaffAccountView(
        @Schema(example = "4") long id,
        @Schema(example = "demo-grid") String username,
        @Schema(description = "Masked, except in one's own account.", example = "网*****）") String displayName,
        @Schema(example = "GRID_WORKER") Role role,
        @Schema(example = "ACTIVE") AccountStatus status,
        @Schema(description = "The unit the role is bound to; null for a system administrator.", example = "8")
                Long orgUnitId,
        @Schema(example = "第1网格") String orgUnitName,
        @Schema(description = "The path of that unit: the account's area.", example = "/1/2/3/8/") String orgPath,
        @Schema(example = "2026-01-05T09:30:00") LocalDateTime createdAt) {}
