package org.linli.requests.request;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import org.linli.requests.triage.RequestCategory;
import org.linli.requests.triage.SlaUnit;
import org.linli.requests.triage.Urgency;

/**
 * 诉求: what a resident asks the community to fix, from intake to closure. Its text is stored encrypted. A step
 * loads it, changes it and writes it back whole under its {@code version}; the columns a step may clear are
 * written even when null ({@link FieldStrategy#ALWAYS}), the others only when set.
 */
@TableName("resident_request")
class ResidentRequest {
    @TableId(type = IdType.AUTO)
    private Long id;

    private RequestKind kind;

    private Long mergedIntoId;

    // counted by its own UPDATE as neighbours +1 (RequestFollowerMapper), never written back by a step
    @TableField(updateStrategy = FieldStrategy.NEVER)
    private Integer supporterCount;

    private String compoundPath;

    private RequestCategory category;

    private Urgency urgency;

    private RequestStatus status;

    private RequestChannel channel;

    private String textCipher;

    private Long householdId;

    private String place;

    private Long submitterAccountId;

    private Long submitterPersonId;

    private Long recordedByAccountId;

    private String contactNameCipher;

    private String contactPhoneCipher;

    private Boolean anonymous;

    private String scopePath;

    private Instant submittedAt;

    private Integer responseAmount;

    private SlaUnit responseUnit;

    private Integer resolutionAmount;

    private SlaUnit resolutionUnit;

    private Integer pausedWorkingDays;

    private Long pausedSeconds;

    private Instant responseDueAt;

    private Instant resolutionDueAt;

    private Boolean deadlineProvisional;

    private Instant respondedAt;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Instant waitingSince;

    private Level level;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private HandlerKind handlerKind;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Long handlerRef;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Long handlerPersonId;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String handlerPath;

    private Boolean dispatchPending;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Instant resolvedAt;

    private Instant closedAt;

    private Integer reopenCount;

    private Integer rating;

    private String ratingCommentCipher;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Instant nextCheckAt;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Instant warnedAt;

    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private Instant remindedAt;

    private Instant escalatedAt;

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

    Urgency getUrgency() {
        return urgency;
    }

    void setUrgency(Urgency urgency) {
        this.urgency = urgency;
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

    String getPlace() {
        return place;
    }

    void setPlace(String place) {
        this.place = place;
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

    Long getRecordedByAccountId() {
        return recordedByAccountId;
    }

    void setRecordedByAccountId(Long recordedByAccountId) {
        this.recordedByAccountId = recordedByAccountId;
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

    Instant getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(Instant submittedAt) {
        this.submittedAt = submittedAt;
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

    Integer getPausedWorkingDays() {
        return pausedWorkingDays;
    }

    void setPausedWorkingDays(Integer pausedWorkingDays) {
        this.pausedWorkingDays = pausedWorkingDays;
    }

    Long getPausedSeconds() {
        return pausedSeconds;
    }

    void setPausedSeconds(Long pausedSeconds) {
        this.pausedSeconds = pausedSeconds;
    }

    Instant getResponseDueAt() {
        return responseDueAt;
    }

    void setResponseDueAt(Instant responseDueAt) {
        this.responseDueAt = responseDueAt;
    }

    Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    void setResolutionDueAt(Instant resolutionDueAt) {
        this.resolutionDueAt = resolutionDueAt;
    }

    Boolean getDeadlineProvisional() {
        return deadlineProvisional;
    }

    void setDeadlineProvisional(Boolean deadlineProvisional) {
        this.deadlineProvisional = deadlineProvisional;
    }

    Instant getRespondedAt() {
        return respondedAt;
    }

    void setRespondedAt(Instant respondedAt) {
        this.respondedAt = respondedAt;
    }

    Instant getWaitingSince() {
        return waitingSince;
    }

    void setWaitingSince(Instant waitingSince) {
        this.waitingSince = waitingSince;
    }

    Level getLevel() {
        return level;
    }

    void setLevel(Level level) {
        this.level = level;
    }

    HandlerKind getHandlerKind() {
        return handlerKind;
    }

    void setHandlerKind(HandlerKind handlerKind) {
        this.handlerKind = handlerKind;
    }

    Long getHandlerRef() {
        return handlerRef;
    }

    void setHandlerRef(Long handlerRef) {
        this.handlerRef = handlerRef;
    }

    Long getHandlerPersonId() {
        return handlerPersonId;
    }

    void setHandlerPersonId(Long handlerPersonId) {
        this.handlerPersonId = handlerPersonId;
    }

    String getHandlerPath() {
        return handlerPath;
    }

    void setHandlerPath(String handlerPath) {
        this.handlerPath = handlerPath;
    }

    Boolean getDispatchPending() {
        return dispatchPending;
    }

    void setDispatchPending(Boolean dispatchPending) {
        this.dispatchPending = dispatchPending;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    void setResolvedAt(Instant resolvedAt) {
        this.resolvedAt = resolvedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    Integer getReopenCount() {
        return reopenCount;
    }

    void setReopenCount(Integer reopenCount) {
        this.reopenCount = reopenCount;
    }

    Integer getRating() {
        return rating;
    }

    void setRating(Integer rating) {
        this.rating = rating;
    }

    String getRatingCommentCipher() {
        return ratingCommentCipher;
    }

    void setRatingCommentCipher(String ratingCommentCipher) {
        this.ratingCommentCipher = ratingCommentCipher;
    }

    Instant getNextCheckAt() {
        return nextCheckAt;
    }

    void setNextCheckAt(Instant nextCheckAt) {
        this.nextCheckAt = nextCheckAt;
    }

    Instant getWarnedAt() {
        return warnedAt;
    }

    void setWarnedAt(Instant warnedAt) {
        this.warnedAt = warnedAt;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }

    void setRemindedAt(Instant remindedAt) {
        this.remindedAt = remindedAt;
    }

    Instant getEscalatedAt() {
        return escalatedAt;
    }

    void setEscalatedAt(Instant escalatedAt) {
        this.escalatedAt = escalatedAt;
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

    String getContactNameCipher() {
        return contactNameCipher;
    }

    void setContactNameCipher(String contactNameCipher) {
        this.contactNameCipher = contactNameCipher;
    }

    String getContactPhoneCipher() {
        return contactPhoneCipher;
    }

    void setContactPhoneCipher(String contactPhoneCipher) {
        this.contactPhoneCipher = contactPhoneCipher;
    }

    RequestKind getKind() {
        return kind;
    }

    void setKind(RequestKind kind) {
        this.kind = kind;
    }

    Long getMergedIntoId() {
        return mergedIntoId;
    }

    void setMergedIntoId(Long mergedIntoId) {
        this.mergedIntoId = mergedIntoId;
    }

    Integer getSupporterCount() {
        return supporterCount;
    }

    void setSupporterCount(Integer supporterCount) {
        this.supporterCount = supporterCount;
    }

    String getCompoundPath() {
        return compoundPath;
    }

    void setCompoundPath(String compoundPath) {
        this.compoundPath = compoundPath;
    }

    /** Where it lies: its place's path, and its compound's (for the compound's board and duplicates). */
    void placeAt(String path) {
        this.scopePath = path;
        this.compoundPath = Level.COMPOUND.unitPath(path);
    }

    boolean isWish() {
        return kind == RequestKind.MICRO_WISH;
    }
}
