-- 双报到: a person has at most one application waiting for a decision. The generated column is NULL
-- once decided, and a unique key ignores NULLs, so the database (not a read-then-write) decides races.
ALTER TABLE registration
    ADD COLUMN pending_person_id BIGINT AS (CASE WHEN status = 'PENDING' THEN person_id END) STORED,
    ADD UNIQUE KEY uk_registration_pending (pending_person_id);
