package org.linli.organization.accessaudit;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.linli.organization.accessaudit.dto.AccessAuditView;
import org.linli.platform.core.token.Role;
import org.linli.platform.error.DomainException;
import org.linli.platform.mybatis.PageResult;
import org.linli.platform.security.Caller;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 访问审计: the durable record of every read of personal data in clear (PIPL: who, what, where in the
 * registry, when, why). Each entry commits on its own, before the data leaves, so no unmasked byte
 * reaches a client without its record, and a caller's later failure cannot roll the record back.
 */
@Service
public class AccessAudit {

    static final int MAX_REASON = 200;

    private final AccessAuditMapper entries;
    private final Clock clock;

    AccessAudit(AccessAuditMapper entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Why the caller needs the data in clear, trimmed; 422 naming {@code reason} when there is none.
     * Checked before anything is read, so a refused request reads nothing.
     */
    public static String reason(@Nullable String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_REASON) {
            throw DomainException.invalid(
                    "access.reason-required",
                    "reason",
                    "say why you need the data unmasked (1 to " + MAX_REASON + " characters); it is recorded");
        }
        return trimmed;
    }

    /** Records an export about to start; {@link #exportEnded} completes the entry. Returns its id. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public long exportStarting(Caller caller, String dataset, String scopePath, String reason) {
        AccessAuditEntry entry = entry(caller, AccessAction.EXPORT, dataset, scopePath, reason);
        entry.setCompleted(false);
        entries.insert(entry);
        return entry.getId();
    }

    /** How many rows left and whether the export completed (false when the client or the query broke off). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void exportEnded(long id, int rows, boolean completed) {
        entries.end(id, rows, completed, LocalDateTime.now(clock));
    }

    /** Records that one person's details on one record are about to be shown in clear. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void revealing(
            Caller caller, String subject, long recordId, long personId, String scopePath, String reason) {
        AccessAuditEntry entry = entry(caller, AccessAction.REVEAL, subject, scopePath, reason.strip());
        entry.setRecordId(recordId);
        entry.setPersonId(personId);
        entry.setRowCount(1);
        entry.setCompleted(true);
        entry.setEndedAt(entry.getStartedAt());
        entries.insert(entry);
    }

    /** Entries whose data lies in {@code scopePath} (already checked against the caller), newest first. */
    public PageResult<AccessAuditView> list(
            String scopePath,
            @Nullable Long personId,
            @Nullable Long accountId,
            @Nullable OffsetDateTime from,
            @Nullable OffsetDateTime to,
            long page,
            long size) {
        ZoneId zone = clock.getZone();
        AuditCriteria criteria = new AuditCriteria(scopePath, personId, accountId, local(from, zone), local(to, zone));
        return PageResult.of(entries.selectPage(Page.of(page, size), criteria), AccessAuditRow::view);
    }

    private AccessAuditEntry entry(
            Caller caller, AccessAction action, String subject, String scopePath, String reason) {
        AccessAuditEntry entry = new AccessAuditEntry();
        entry.setAccountId(caller.accountId());
        entry.setRole(caller.roles().stream()
                .filter(Role::isStaff)
                .map(Role::name)
                .sorted()
                .findFirst()
                .orElse("UNKNOWN"));
        entry.setAction(action);
        entry.setSubject(subject);
        entry.setScopePath(scopePath);
        entry.setReason(reason);
        entry.setStartedAt(LocalDateTime.now(clock));
        return entry;
    }

    private static LocalDateTime local(@Nullable OffsetDateTime at, ZoneId zone) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDateTime();
    }
}
