-- Staff usernames compare byte for byte. Under the database default collation (utf8mb4_unicode_ci:
-- insensitive to accents, case and width) 'désk-1', 'DESK-1' and 'ｄｅｓｋ-1' all equal 'desk-1', so a
-- lookup by one spelling found the account of another. The service now brings every username into one
-- normal form before it stores or looks one up (NFKC, case folding, then 3 to 32 of [a-z0-9._-] starting
-- with a letter or digit: see Usernames), so the database has only bytes to compare, and must not find
-- more than those.
--
-- Existing rows are already in that normal form: before this change the service accepted only
-- [A-Za-z0-9._-] (3 to 32, starting with a letter or digit) and stored it lower-cased, i.e. lower-case
-- ASCII, which NFKC and case folding leave as it is. The CHECK verifies it rather than trusting it:
-- adding it fails (and this migration with it) if any row is not in normal form, and from now on the
-- database refuses a username that is not. REGEXP takes the column's binary collation, so it matches
-- case-sensitively (tried on MariaDB 10.11; MySQL 8.0.16+ enforces CHECK and its REGEXP is case-sensitive
-- under a case-sensitive collation). Should it fail (a row typed in by hand), this names the rows to fix:
--   SELECT account_id, username FROM staff_account
--   WHERE username COLLATE utf8mb4_bin NOT REGEXP '^[a-z0-9][a-z0-9._-]{2,31}$';
--
-- The unique key stays and is rebuilt with the column: usernames that were distinct under the
-- insensitive collation are distinct byte for byte too. utf8mb4_bin (the binary collation both MariaDB
-- 10.11 and MySQL 8 have) still ignores trailing spaces in comparisons; the alphabet has no spaces.
ALTER TABLE staff_account
    MODIFY username VARCHAR(32) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    ADD CONSTRAINT ck_staff_account_username CHECK (username REGEXP '^[a-z0-9][a-z0-9._-]{2,31}$');
