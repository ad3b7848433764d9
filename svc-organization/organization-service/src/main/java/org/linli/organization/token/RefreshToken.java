package org.linli.organization.token;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One refresh token of a session, kept only as its SHA-256 hash. */
@TableName("refresh_token")
class RefreshToken {
    @TableId(type = IdType.AUTO)
    private Long id;

    private String tokenHash;

    private String familyId;

    private Long accountId;

    private RefreshTokenStatus status;

    private LocalDateTime expiresAt;

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

    String getTokenHash() {
        return tokenHash;
    }

    void setTokenHash(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    String getFamilyId() {
        return familyId;
    }

    void setFamilyId(String familyId) {
        this.familyId = familyId;
    }

    Long getAccountId() {
        return accountId;
    }

    void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    RefreshTokenStatus getStatus() {
        return status;
    }

    void setStatus(RefreshTokenStatus status) {
        this.status = status;
    }

    LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    void setExpiresAt(LocalDateTime expiresAt) {
        this.expiresAt = expiresAt;
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
