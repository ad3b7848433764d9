package org.linli.organization.wxlogin;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** A phone code being or already spent on WeChat's (billed) phone API, by its hash. */
@TableName("wx_phone_code")
class WxPhoneCode {

    enum Status {
        /** WeChat is being asked right now */
        ASKING,
        /** the number is bound to the account */
        BOUND
    }

    @TableId(type = IdType.INPUT)
    private String codeHash;

    private Long accountId;

    private Status status;

    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;

    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    String getCodeHash() {
        return codeHash;
    }

    void setCodeHash(String codeHash) {
        this.codeHash = codeHash;
    }

    Long getAccountId() {
        return accountId;
    }

    void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    Status getStatus() {
        return status;
    }

    void setStatus(Status status) {
        this.status = status;
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
