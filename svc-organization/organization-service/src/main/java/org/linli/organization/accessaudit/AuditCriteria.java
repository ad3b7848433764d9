package org.linli.organization.accessaudit;

import java.time.LocalDateTime;

/** What an auditor narrows the list to; {@code prefix} is always set (the caller's scope or a unit in it). */
record AuditCriteria(String prefix, Long personId, Long accountId, LocalDateTime from, LocalDateTime to) {}
