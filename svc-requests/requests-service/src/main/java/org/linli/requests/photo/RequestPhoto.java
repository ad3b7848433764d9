package org.linli.requests.photo;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** 诉求照片: a photo of what is wrong, pending until it is attached to the request it was taken for. */
@TableName("request_photo")
class RequestPhoto {
    @TableId(type = IdType.AUTO)
    private Long id;

    private Long ownerAccountId;

    private Long requestId;

    private String storageKey;

    private String contentType;

    private Integer width;

    private Integer height;

    private Integer bytes;

    private String sha256;

    private LocalDateTime createdAt;

    private LocalDateTime attachedAt;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getOwnerAccountId() {
        return ownerAccountId;
    }

    void setOwnerAccountId(Long ownerAccountId) {
        this.ownerAccountId = ownerAccountId;
    }

    Long getRequestId() {
        return requestId;
    }

    void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    String getStorageKey() {
        return storageKey;
    }

    void setStorageKey(String storageKey) {
        this.storageKey = storageKey;
    }

    String getContentType() {
        return contentType;
    }

    void setContentType(String contentType) {
        this.contentType = contentType;
    }

    Integer getWidth() {
        return width;
    }

    void setWidth(Integer width) {
        this.width = width;
    }

    Integer getHeight() {
        return height;
    }

    void setHeight(Integer height) {
        this.height = height;
    }

    Integer getBytes() {
        return bytes;
    }

    void setBytes(Integer bytes) {
        this.bytes = bytes;
    }

    String getSha256() {
        return sha256;
    }

    void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    LocalDateTime getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    LocalDateTime getAttachedAt() {
        return attachedAt;
    }

    void setAttachedAt(LocalDateTime attachedAt) {
        this.attachedAt = attachedAt;
    }
}
