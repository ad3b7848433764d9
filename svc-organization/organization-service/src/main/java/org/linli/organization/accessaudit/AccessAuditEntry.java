package org.linli.organization.accessaudit;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One read of personal data in clear; see V8__record_unmasked_reads.sql. */
@TableName("access_audit")
class AccessAuditEntry {
    @TableId(type = IdType.AUTO)
    private Long id;

    private Long accountId;

    private String role;

    private AccessAction action;

    private String subject;

    private Long recordId;

    private Long personId;

    private String scopePath;

    private String reason;

    private Integer rowCount;

    private Boolean completed;

    private LocalDateTime startedAt;

    private LocalDateTime endedAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getAccountId() {
        return accountId;
    }

    void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    String getRole() {
        return role;
    }

    void setRole(String role) {
        this.role = role;
    }

    AccessAction getAction() {
        return action;
    }

    void setAction(AccessAction action) {
        this.action = action;
    }

    String getSubject() {
        return subject;
    }

    void setSubject(String subject) {
        this.subject = subject;
    }

    Long getRecordId() {
        return recordId;
    }

    void setRecordId(Long recordId) {
        this.recordId = recordId;
    }

    Long getPersonId() {
        return personId;
    }

    void setPersonId(Long personId) {
        this.personId = personId;
    }

    String getScopePath() {
        return scopePath;
    }

    void setScopePath(String scopePath) {
        this.scopePath = scopePath;
    }

    String getReason() {
        return reason;
    }

    void setReason(String reason) {
        this.reason = reason;
    }

    Integer getRowCount() {
        return rowCount;
    }

    void setRowCount(Integer rowCount) {
        this.rowCount = rowCount;
    }

    Boolean getCompleted() {
        return completed;
    }

    void setCompleted(Boolean completed) {
        this.completed = completed;
    }

    LocalDateTime getStartedAt() {
        return startedAt;
    }

    void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    LocalDateTime getEndedAt() {
        return endedAt;
    }

    void setEndedAt(LocalDateTime endedAt) {
        this.endedAt = endedAt;
    }
}
