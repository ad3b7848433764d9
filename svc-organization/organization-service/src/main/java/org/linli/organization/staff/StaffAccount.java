package org.linli.organization.staff;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;

/**
 * What a staff {@code account} has beyond it: a username, a password hash, a display name (encrypted:
 * it names a person), and a copy of the org unit's path so that scope filters need no join.
 */
@TableName("staff_account")
class StaffAccount {

    @TableId(value = "account_id", type = IdType.INPUT)
    private Long accountId;

    private String username;

    private String passwordHash;

    private String displayNameCipher;

    private String orgPath;

    private Long createdBy;

    private LocalDateTime passwordChangedAt;

    @Version
    private Integer version;

    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;

    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    Long getAccountId() {
        return accountId;
    }

    void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    String getDisplayNameCipher() {
        return displayNameCipher;
    }

    void setDisplayNameCipher(String displayNameCipher) {
        this.displayNameCipher = displayNameCipher;
    }

    String getOrgPath() {
        return orgPath;
    }

    void setOrgPath(String orgPath) {
        this.orgPath = orgPath;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    void setCreatedBy(Long createdBy) {
        this.createdBy = createdBy;
    }

    LocalDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }

    void setPasswordChangedAt(LocalDateTime passwordChangedAt) {
        this.passwordChangedAt = passwordChangedAt;
    }

    Integer getVersion() {
        return version;
    }

    void setVersion(Integer version) {
        this.version = version;
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
