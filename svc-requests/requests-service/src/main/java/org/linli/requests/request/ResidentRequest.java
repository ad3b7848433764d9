package org.linli.requests.request;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;

/** 诉求: what a resident asks the community to fix, from intake to closure. Its text is stored encrypted. */
@TableName("resident_request")
class ResidentRequest {
    @TableId(type = IdType.AUTO)
    private Long id;

    private RequestCategory category;

    private RequestStatus status;

    private RequestChannel channel;

    private String textCipher;

    private Long householdId;

    private Long submitterAccountId;

    private Long submitterPersonId;

    private Boolean anonymous;

    private String scopePath;

    private LocalDateTime submittedAt;

    @Version
    private Integer version;

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

    RequestCategory getCategory() {
        return category;
    }

    void setCategory(RequestCategory category) {
        this.category = category;
    }

    RequestStatus getStatus() {
        return status;
    }

    void setStatus(RequestStatus status) {
        this.status = status;
    }

    RequestChannel getChannel() {
        return channel;
    }

    void setChannel(RequestChannel channel) {
        this.channel = channel;
    }

    String getTextCipher() {
        return textCipher;
    }

    void setTextCipher(String textCipher) {
        this.textCipher = textCipher;
    }

    Long getHouseholdId() {
        return householdId;
    }

    void setHouseholdId(Long householdId) {
        this.householdId = householdId;
    }

    Long getSubmitterAccountId() {
        return submitterAccountId;
    }

    void setSubmitterAccountId(Long submitterAccountId) {
        this.submitterAccountId = submitterAccountId;
    }

    Long getSubmitterPersonId() {
        return submitterPersonId;
    }

    void setSubmitterPersonId(Long submitterPersonId) {
        this.submitterPersonId = submitterPersonId;
    }

    Boolean getAnonymous() {
        return anonymous;
    }

    void setAnonymous(Boolean anonymous) {
        this.anonymous = anonymous;
    }

    String getScopePath() {
        return scopePath;
    }

    void setScopePath(String scopePath) {
        this.scopePath = scopePath;
    }

    LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(LocalDateTime submittedAt) {
        this.submittedAt = submittedAt;
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
