-- The resident side of identity: consent, real-name verification, WeChat phone codes, household
-- applications. No name, ID number or phone is stored here in plaintext.

-- A person is the verified identity of at most one resident account (a staff account may name the same
-- person). The generated column is NULL for staff and unverified accounts; a unique key ignores NULLs,
-- so the database decides two residents racing to claim one identity.
ALTER TABLE account
    ADD COLUMN resident_person_id BIGINT AS (CASE WHEN kind = 'RESIDENT' THEN person_id END) STORED,
    ADD UNIQUE KEY uk_account_resident_person (resident_person_id);

-- Consent to the privacy policy: one row per grant, kept after it ends (withdrawn, or superseded by
-- consent to a newer version) as the record of what was agreed and when. At most one is in force.
CREATE TABLE consent_record (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id        BIGINT      NOT NULL,
    policy_version    VARCHAR(32) NOT NULL,
    granted_at        DATETIME(3) NOT NULL,
    ended_at          DATETIME(3) NULL,
    end_reason        VARCHAR(16) NULL,
    in_force_account  BIGINT AS (CASE WHEN ended_at IS NULL THEN account_id END) STORED,
    created_at        DATETIME(3) NOT NULL,
    updated_at        DATETIME(3) NOT NULL,
    UNIQUE KEY uk_consent_in_force (in_force_account),
    KEY idx_consent_account (account_id, id)
);

-- Real-name attempts, for the limit on failures and for audit: the outcome only, never what was typed.
-- PENDING while a provider is being asked (it counts, so parallel guesses cannot exceed the limit).
CREATE TABLE real_name_attempt (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    outcome     VARCHAR(16) NOT NULL,
    provider    VARCHAR(32) NULL,
    created_at  DATETIME(3) NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    KEY idx_real_name_attempt_account (account_id, created_at)
);

-- How an account came to be linked to a person; ended_at when consent was withdrawn. person_created
-- says the person row was made from this verification (the ID-check service confirmed someone the
-- roster did not know), which decides what withdrawal erases.
CREATE TABLE real_name_verification (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT      NOT NULL,
    person_id       BIGINT      NOT NULL,
    provider        VARCHAR(32) NOT NULL,
    person_created  BOOLEAN     NOT NULL,
    verified_at     DATETIME(3) NOT NULL,
    ended_at        DATETIME(3) NULL,
    created_at      DATETIME(3) NOT NULL,
    updated_at      DATETIME(3) NOT NULL,
    KEY idx_real_name_verification_account (account_id),
    KEY idx_real_name_verification_person (person_id)
);

-- Phone codes already spent on WeChat's phone API (each success costs money): the SHA-256 of app and
-- code, so a retried request reuses the first answer instead of paying again.
CREATE TABLE wx_phone_code (
    code_hash   CHAR(64)    NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    status      VARCHAR(16) NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    KEY idx_wx_phone_code_created (created_at)
);

-- A verified resident the roster did not know asks to be tied to a household; community staff decide.
-- person_id is cleared when the applicant withdraws consent before approval (see docs/architecture.md).
CREATE TABLE household_application (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id         BIGINT       NOT NULL,
    person_id          BIGINT       NULL,
    household_id       BIGINT       NOT NULL,
    scope_path         VARCHAR(255) NOT NULL,
    relation           VARCHAR(16)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    decision_reason    VARCHAR(500) NULL,
    decided_by         BIGINT       NULL,
    decided_at         DATETIME(3)  NULL,
    version            INT          NOT NULL DEFAULT 0,
    created_at         DATETIME(3)  NOT NULL,
    updated_at         DATETIME(3)  NOT NULL,
    pending_person_id  BIGINT AS (CASE WHEN status = 'PENDING' THEN person_id END) STORED,
    UNIQUE KEY uk_household_application_pending (pending_person_id, household_id),
    KEY idx_household_application_scope (scope_path, status),
    KEY idx_household_application_account (account_id),
    CONSTRAINT fk_household_application_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_household_application_person FOREIGN KEY (person_id) REFERENCES person (id)
);
