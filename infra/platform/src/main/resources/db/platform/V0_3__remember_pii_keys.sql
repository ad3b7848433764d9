-- Which personal-information keys this database's ciphertexts and blind indexes were written with: a
-- one-way check of each key (HMAC of a fixed label), never the keys. A service started with other keys
-- refuses to start rather than write personal data no one can read back next to data it cannot read.
CREATE TABLE pii_key_check (
    id               TINYINT     NOT NULL PRIMARY KEY,
    encryption_check CHAR(64)    NOT NULL,
    index_check      CHAR(64)    NOT NULL,
    recorded_at      DATETIME(3) NOT NULL
);
