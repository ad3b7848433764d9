package org.linli.requests.triage;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** A category's defaults: how urgent a request of it is and where it goes, until staff decide otherwise. */
@TableName("category_rule")
class CategoryRule {
    @TableId(type = IdType.INPUT)
    private RequestCategory category;

    private Urgency defaultUrgency;

    private Route route;

    private Instant updatedAt;

    private Long updatedBy;

    RequestCategory getCategory() {
        return category;
    }

    void setCategory(RequestCategory category) {
        this.category = category;
    }

    Urgency getDefaultUrgency() {
        return defaultUrgency;
    }

    void setDefaultUrgency(Urgency defaultUrgency) {
        this.defaultUrgency = defaultUrgency;
    }

    Route getRoute() {
        return route;
    }

    void setRoute(Route route) {
        this.route = route;
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
