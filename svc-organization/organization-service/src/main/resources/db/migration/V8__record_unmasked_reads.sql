-- Every read of personal data in clear (an unmasked export, a reveal of one person's details): who,
-- what, where in the registry, when and why. Written, and committed, before the data leaves; an export
-- then records how many rows left and whether it completed. Never the data itself. Rows are only ever
-- added and completed, never deleted through the application.
CREATE TABLE access_audit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT       NOT NULL,
    role        VARCHAR(32)  NOT NULL,
    action      VARCHAR(16)  NOT NULL,
    -- the dataset exported, or the kind of record revealed
    subject     VARCHAR(32)  NOT NULL,
    -- the household or party member a reveal read, and whose details
    record_id   BIGINT       NULL,
    person_id   BIGINT       NULL,
    -- the org path of the data read: the exported unit, or the record's own
    scope_path  VARCHAR(255) NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    row_count   INT          NULL,
    completed   BOOLEAN      NOT NULL,
    started_at  DATETIME(3)  NOT NULL,
    ended_at    DATETIME(3)  NULL,
    KEY idx_access_audit_scope (scope_path, started_at),
    KEY idx_access_audit_person (person_id),
    KEY idx_access_audit_account (account_id, started_at)
);
