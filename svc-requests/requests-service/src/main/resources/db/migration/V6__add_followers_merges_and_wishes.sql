-- Supporters (+1) and followers of a request, merges, and micro-wishes (微心愿). V4 and V5 are photos and
-- the statistics indexes.

-- Who follows a request besides its resident: neighbours who said "me too" (+1) on a common place of their
-- compound, and the residents whose own requests were merged into it. They read it and are told of its steps.
CREATE TABLE request_follower (
    request_id  BIGINT      NOT NULL,
    account_id  BIGINT      NOT NULL,
    -- SUPPORTER: +1 on it; MERGED: filed a request that was merged into it
    kind        VARCHAR(16) NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (request_id, account_id),
    KEY idx_request_follower_account (account_id, request_id),
    CONSTRAINT fk_request_follower_request FOREIGN KEY (request_id) REFERENCES resident_request (id)
);

ALTER TABLE resident_request
    -- REQUEST, or MICRO_WISH: a resident's small wish that a party member or volunteer of the compound claims
    ADD COLUMN kind            VARCHAR(16) NOT NULL DEFAULT 'REQUEST' AFTER id,
    -- the open request this one was merged into (status MERGED)
    ADD COLUMN merged_into_id  BIGINT      NULL,
    -- how many follow it as supporters (+1), kept with it so lists need no count
    ADD COLUMN supporter_count INT         NOT NULL DEFAULT 0,
    -- the compound's path, copied for the compound's public board and duplicate suggestions
    ADD COLUMN compound_path   VARCHAR(255) NULL,
    ADD KEY idx_resident_request_compound (compound_path, category, status),
    ADD KEY idx_resident_request_kind (kind, compound_path, status);

-- /district/street/community/compound/...: the first five slashes
UPDATE resident_request
   SET compound_path = CONCAT(SUBSTRING_INDEX(scope_path, '/', 5), '/')
 WHERE scope_path LIKE '/%/%/%/%/%';
