-- Resident requests (诉求) and their timelines. The platform's own tables (outbox, processed events,
-- idempotency) come from db/platform at versions 0.x, before this.

CREATE TABLE resident_request (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    category              VARCHAR(40)  NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    channel               VARCHAR(16)  NOT NULL,
    -- what the resident wrote, AES-GCM (PiiCipher): it names neighbours, homes and phone numbers
    text_cipher           TEXT         NOT NULL,
    household_id          BIGINT       NULL,
    submitter_account_id  BIGINT       NOT NULL,
    submitter_person_id   BIGINT       NULL,
    -- hidden from handlers; staff with the right role still see who
    anonymous             BOOLEAN      NOT NULL DEFAULT FALSE,
    -- the materialized org path of the place (compound) it concerns; staff see it when their unit's path
    -- is a prefix. NULL until the place is known (svc-organization placement comes with dispatch), and
    -- then only the submitter and a system administrator see it
    scope_path            VARCHAR(255) NULL,
    submitted_at          DATETIME(3)  NOT NULL,
    version               INT          NOT NULL DEFAULT 0,
    created_at            DATETIME(3)  NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,
    KEY idx_resident_request_submitter (submitter_account_id, id),
    KEY idx_resident_request_scope (scope_path, status)
);

-- Every step of a request, in order: what the resident sees (internal = FALSE) and staff notes
CREATE TABLE request_timeline (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id        BIGINT       NOT NULL,
    action            VARCHAR(16)  NOT NULL,
    status_after      VARCHAR(16)  NOT NULL,
    note_cipher       TEXT         NULL,
    actor_account_id  BIGINT       NOT NULL,
    internal          BOOLEAN      NOT NULL DEFAULT FALSE,
    occurred_at       DATETIME(3)  NOT NULL,
    KEY idx_request_timeline_request (request_id, id),
    CONSTRAINT fk_request_timeline_request FOREIGN KEY (request_id) REFERENCES resident_request (id)
);
