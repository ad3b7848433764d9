package org.linli.organization.consent;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One grant of consent to a privacy policy version; kept after it ends, as the record of it. */
@TableName("consent_record")
class ConsentRecord {
    @TableId(type = IdType.AUTO)
    private Long id;

    private Long accountId;

    private String policyVersion;

    private LocalDateTime grantedAt;

    private LocalDateTime endedAt;

    private ConsentEnd endReason;

    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;

    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

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

    String getPolicyVersion() {
        return policyVersion;
    }

    void setPolicyVersion(String policyVersion) {
        this.policyVersion = policyVersion;
    }

    LocalDateTime getGrantedAt() {
        return grantedAt;
    }

    void setGrantedAt(LocalDateTime grantedAt) {
        this.grantedAt = grantedAt;
    }

    LocalDateTime getEndedAt() {
        return endedAt;
    }

    void setEndedAt(LocalDateTime endedAt) {
        this.endedAt = endedAt;
    }

    ConsentEnd getEndReason() {
        return endReason;
    }

    void setEndReason(ConsentEnd endReason) {
        this.endReason = endReason;
    }

    LocalDateTime getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
