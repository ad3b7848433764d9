-- Staff accounts: the console's username-and-password sign-in. Role, unit and status stay on `account`;
-- this adds what only staff have.

-- Usernames are stored lower-case (compared without case). The password is an Argon2id hash that names
-- its algorithm ({argon2}$argon2id$...); the display name is AES-GCM ciphertext (it names a person).
-- org_path copies the unit's path ("/" for a system administrator) so scope filters need no join.
CREATE TABLE staff_account (
    account_id           BIGINT       NOT NULL PRIMARY KEY,
    username             VARCHAR(32)  NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    display_name_cipher  VARCHAR(512) NOT NULL,
    org_path             VARCHAR(255) NOT NULL,
    created_by           BIGINT       NULL,
    password_changed_at  DATETIME(3)  NOT NULL,
    version              INT          NOT NULL DEFAULT 0,
    created_at           DATETIME(3)  NOT NULL,
    updated_at           DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_staff_account_username (username),
    KEY idx_staff_account_path (org_path)
);

-- Sign-in attempts per username, known or not (so a lockout reveals nothing), keyed by an HMAC of the
-- username: people type passwords into the username field. A success deletes the row.
CREATE TABLE staff_login_attempt (
    username_hash    CHAR(64)     NOT NULL PRIMARY KEY,
    failures         INT          NOT NULL,
    last_attempt_at  DATETIME(3)  NOT NULL,
    locked_until     DATETIME(3)  NULL,
    KEY idx_staff_login_attempt_last (last_attempt_at)
);

-- One row that instances starting together lock in turn, so that exactly one creates the bootstrap
-- administrator.
CREATE TABLE staff_bootstrap (
    id           TINYINT      NOT NULL PRIMARY KEY,
    last_run_at  DATETIME(3)  NULL
);
INSERT INTO staff_bootstrap (id) VALUES (1);
