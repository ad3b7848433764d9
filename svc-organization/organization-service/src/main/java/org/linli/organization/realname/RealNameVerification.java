package org.linli.organization.realname;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** How an account came to be linked to its person, and whether that person was made for it. */
@TableName("real_name_verification")
class RealNameVerification {
    @TableId(type = IdType.AUTO)
    private Long id;

    private Long accountId;

    private Long personId;

    private String provider;

    private Boolean personCreated;

    private LocalDateTime verifiedAt;

    private LocalDateTime endedAt;

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

    Long getPersonId() {
        return personId;
    }

    void setPersonId(Long personId) {
        this.personId = personId;
    }

    String getProvider() {
        return provider;
    }

    void setProvider(String provider) {
        this.provider = provider;
    }

    Boolean getPersonCreated() {
        return personCreated;
    }

    void setPersonCreated(Boolean personCreated) {
        this.personCreated = personCreated;
    }

    LocalDateTime getVerifiedAt() {
        return verifiedAt;
    }

    void setVerifiedAt(LocalDateTime verifiedAt) {
        this.verifiedAt = verifiedAt;
    }

    LocalDateTime getEndedAt() {
        return endedAt;
    }

    void setEndedAt(LocalDateTime endedAt) {
        this.endedAt = endedAt;
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
