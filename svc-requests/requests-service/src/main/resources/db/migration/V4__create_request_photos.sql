-- Photos of resident requests. A photo is uploaded first (pending: request_id NULL, owned by the
-- account that uploaded it), then attached to the request it is filed with; one still pending after
-- linli.requests.photos.pending-for (24 h) is deleted, row and file. The file itself is in the photo
-- store (local disk or S3-compatible storage) under storage_key, stripped of its metadata.

CREATE TABLE request_photo (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_account_id  BIGINT       NOT NULL,
    request_id        BIGINT       NULL,
    storage_key       VARCHAR(128) NOT NULL,
    content_type      VARCHAR(32)  NOT NULL,
    -- as the photo is shown: with the turn of the EXIF orientation it kept
    width             INT          NOT NULL,
    height            INT          NOT NULL,
    bytes             INT          NOT NULL,
    -- of the stored file, hex: an ETag for it (a photo never changes)
    sha256            CHAR(64)     NOT NULL,
    created_at        DATETIME(3)  NOT NULL,
    attached_at       DATETIME(3)  NULL,
    UNIQUE KEY uk_request_photo_storage_key (storage_key),
    -- a request's photos; with request_id NULL, the pending ones oldest first (the clean-up)
    KEY idx_request_photo_request (request_id, created_at),
    CONSTRAINT fk_request_photo_request FOREIGN KEY (request_id) REFERENCES resident_request (id)
);
