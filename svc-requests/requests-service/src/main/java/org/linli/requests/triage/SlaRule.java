package org.linli.requests.triage;

import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One row of the SLA table (办理时限): category × urgency → the time to respond and the time to resolve. */
@TableName("sla_rule")
class SlaRule {
    private RequestCategory category;

    private Urgency urgency;

    private Integer responseAmount;

    private SlaUnit responseUnit;

    private Integer resolutionAmount;

    private SlaUnit resolutionUnit;

    private Instant updatedAt;

    private Long updatedBy;

    SlaTerms terms() {
        return new SlaTerms(new Sla(responseAmount, responseUnit), new Sla(resolutionAmount, resolutionUnit));
    }

    RequestCategory getCategory() {
        return category;
    }

    void setCategory(RequestCategory category) {
        this.category = category;
    }

    Urgency getUrgency() {
        return urgency;
    }

    void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    Integer getResponseAmount() {
        return responseAmount;
    }

    void setResponseAmount(Integer responseAmount) {
        this.responseAmount = responseAmount;
    }

    SlaUnit getResponseUnit() {
        return responseUnit;
    }

    void setResponseUnit(SlaUnit responseUnit) {
        this.responseUnit = responseUnit;
    }

    Integer getResolutionAmount() {
        return resolutionAmount;
    }

    void setResolutionAmount(Integer resolutionAmount) {
        this.resolutionAmount = resolutionAmount;
    }

    SlaUnit getResolutionUnit() {
        return resolutionUnit;
    }

    void setResolutionUnit(SlaUnit resolutionUnit) {
        this.resolutionUnit = resolutionUnit;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    Long getUpdatedBy() {
        return updatedBy;
    }

    void setUpdatedBy(Long updatedBy) {
        this.updatedBy = updatedBy;
    }
}
