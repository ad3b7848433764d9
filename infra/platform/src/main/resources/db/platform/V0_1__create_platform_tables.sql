-- Tables every service has, owned by the platform library (found through linli's Flyway location).

-- Transactional outbox: written in the same transaction as the business change, relayed to a Redis Stream.
CREATE TABLE outbox_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_id       CHAR(36)     NOT NULL,
    event_type     VARCHAR(100) NOT NULL,
    schema_version INT          NOT NULL,
    aggregate_id   VARCHAR(64)  NOT NULL,
    payload        TEXT         NOT NULL,
    occurred_at    DATETIME(3)  NOT NULL,
    published_at   DATETIME(3)  NULL,
    UNIQUE KEY uk_outbox_event_id (event_id),
    KEY idx_outbox_unpublished (published_at, id)
);

-- Consumers remember what they applied, so a redelivered event has no second effect.
CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     CHAR(36)     NOT NULL,
    processed_at DATETIME(3)  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key: the first response to a key is stored and replayed for retries of the same request.
CREATE TABLE idempotency_record (
    record_key    CHAR(64)     NOT NULL PRIMARY KEY,
    request_hash  CHAR(64)     NOT NULL,
    status_code   INT          NULL,
    content_type  VARCHAR(100) NULL,
    response_body MEDIUMBLOB   NULL,
    created_at    DATETIME(3)  NOT NULL,
    KEY idx_idempotency_created (created_at)
);
