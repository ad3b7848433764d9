package org.linli.requests.request;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One step in a request's timeline: who did what, and the status it left. Internal notes stay with staff. */
@TableName("request_timeline")
class TimelineEntry {
    @TableId(type = IdType.AUTO)
    private Long id;

    private Long requestId;

    private RequestAction action;

    private RequestStatus statusAfter;

    private String noteCipher;

    private Long actorAccountId;

    private Boolean internal;

    private Instant occurredAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getRequestId() {
        return requestId;
    }

    void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    RequestAction getAction() {
        return action;
    }

    void setAction(RequestAction action) {
        this.action = action;
    }

    RequestStatus getStatusAfter() {
        return statusAfter;
    }

    void setStatusAfter(RequestStatus statusAfter) {
        this.statusAfter = statusAfter;
    }

    String getNoteCipher() {
        return noteCipher;
    }

    void setNoteCipher(String noteCipher) {
        this.noteCipher = noteCipher;
    }

    Long getActorAccountId() {
        return actorAccountId;
    }

    void setActorAccountId(Long actorAccountId) {
        this.actorAccountId = actorAccountId;
    }

    Boolean getInternal() {
        return internal;
    }

    void setInternal(Boolean internal) {
        this.internal = internal;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }
}
