package org.linli.organization.accessaudit;

import java.time.LocalDateTime;
import org.linli.organization.accessaudit.dto.AccessAuditView;

/** An audit entry as the list query reads it, with the username of the staff account that read. */
record AccessAuditRow(
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
        LocalDateTime startedAt,
        LocalDateTime endedAt) {

    AccessAuditView view() {
        return new AccessAuditView(
                id, accountId, username, role, action, subject, recordId, personId, scopePath, reason, rowCount,
                completed, startedAt, endedAt);
    }
}
