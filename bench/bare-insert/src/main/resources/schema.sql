-- The baseline's one table: what a submission carries, in clear, with its own id and time.
CREATE TABLE IF NOT EXISTS bare_request (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    category      VARCHAR(40)  NOT NULL,
    text          TEXT         NOT NULL,
    household_id  BIGINT       NOT NULL,
    anonymous     BOOLEAN      NOT NULL,
    submitted_at  DATETIME(3)  NOT NULL
);
