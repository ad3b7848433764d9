package org.linli.organization.accessaudit.dto;

import java.time.LocalDateTime;
import org.linli.organization.accessaudit.AccessAction;

/**
 * One read of personal data in clear.
 *
 * @param username the staff account's username
 * @param subject the dataset exported, or what kind of record was revealed
 * @param recordId for a reveal: the household or party member read
 * @param personId for a reveal: whose details were read
 * @param scopePath where in the registry the data lies (the exported unit, or the record)
 * @param rowCount for an export: how many rows left
 * @param completed false when an export broke off (some rows may have left)
 * @param at when the read began, in the service's local time like every time in this API
 */
public record AccessAuditView(
        long id,
        long accountId,
        String username,
        String role,
        AccessAction action,
        String subject,
        Long recordId,
        Long personId,
        String scopePath,
        String reason,
        Integer rowCount,
        boolean completed,
        LocalDateTime at,
        LocalDateTime endedAt) {}
