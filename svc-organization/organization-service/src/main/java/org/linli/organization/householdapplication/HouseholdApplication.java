package org.linli.organization.householdapplication;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.LocalDateTime;
import org.linli.organization.household.TieRelation;

/** A verified resident's request to be tied to a household (申请绑定房屋), decided by community staff. */
@TableName("household_application")
class HouseholdApplication {
    @TableId(type = IdType.AUTO)
    private Long id;

    private Long accountId;

    private Long personId;

    private Long householdId;

    private String scopePath;

    private TieRelation relation;

    private HouseholdApplicationStatus status;

    private String decisionReason;

    private Long decidedBy;

    private LocalDateTime decidedAt;

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

    Long getHouseholdId() {
        return householdId;
    }

    void setHouseholdId(Long householdId) {
        this.householdId = householdId;
    }

    String getScopePath() {
        return scopePath;
    }

    void setScopePath(String scopePath) {
        this.scopePath = scopePath;
    }

    TieRelation getRelation() {
        return relation;
    }

    void setRelation(TieRelation relation) {
        this.relation = relation;
    }

    HouseholdApplicationStatus getStatus() {
        return status;
    }

    void setStatus(HouseholdApplicationStatus status) {
        this.status = status;
    }

    String getDecisionReason() {
        return decisionReason;
    }

    void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    void setDecidedBy(Long decidedBy) {
        this.decidedBy = decidedBy;
    }

    LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    void setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
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
