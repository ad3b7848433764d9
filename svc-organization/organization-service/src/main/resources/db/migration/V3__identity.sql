-- Identity: who may log in, and the refresh-token families their sessions live in.

-- One row per login identity: a resident (reached through one or more WeChat mini-programs) or a
-- staff member (username and password, bound to one role and one org unit).
CREATE TABLE account (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                   VARCHAR(16)  NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    person_id              BIGINT       NULL,
    role                   VARCHAR(32)  NULL,
    org_unit_id            BIGINT       NULL,
    phone_cipher           VARCHAR(255) NULL,
    phone_hash             CHAR(64)     NULL,
    real_name_verified_at  DATETIME(3)  NULL,
    version                INT          NOT NULL DEFAULT 0,
    created_at             DATETIME(3)  NOT NULL,
    updated_at             DATETIME(3)  NOT NULL,
    KEY idx_account_person (person_id),
    KEY idx_account_phone (phone_hash)
);

-- WeChat identities are keyed by mini-program: an openid is only unique within its appid.
CREATE TABLE wx_identity (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    app_id      VARCHAR(64)  NOT NULL,
    open_id     VARCHAR(128) NOT NULL,
    union_id    VARCHAR(128) NULL,
    account_id  BIGINT       NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_wx_identity (app_id, open_id),
    KEY idx_wx_identity_union (union_id),
    KEY idx_wx_identity_account (account_id)
);

-- Refresh tokens are stored as SHA-256 hashes only. Every login starts a family (the session id,
-- "sid" in access tokens); each refresh spends one token and issues the next in the same family.
CREATE TABLE refresh_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)     NOT NULL,
    family_id   CHAR(36)     NOT NULL,
    account_id  BIGINT       NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_refresh_token_hash (token_hash),
    KEY idx_refresh_token_family (family_id, status),
    KEY idx_refresh_token_account (account_id)
);
