-- Triage, deadlines, dispatch, escalation and the resident's feedback (issue 12). Times are UTC instants.

-- What each category is by default: how urgent, and who it goes to (small matters to the household's party
-- member, property matters to the property company, the rest to the community). Administrators change it.
CREATE TABLE category_rule (
    category         VARCHAR(40) PRIMARY KEY,
    default_urgency  VARCHAR(16) NOT NULL,
    route            VARCHAR(16) NOT NULL,
    updated_at       DATETIME(3) NOT NULL,
    updated_by       BIGINT      NULL
);

INSERT INTO category_rule (category, default_urgency, route, updated_at) VALUES
    ('PARKING',                               'NORMAL', 'PROPERTY',     CURRENT_TIMESTAMP(3)),
    ('ENVIRONMENT',                           'NORMAL', 'PROPERTY',     CURRENT_TIMESTAMP(3)),
    ('PROPERTY_SERVICE',                      'NORMAL', 'PROPERTY',     CURRENT_TIMESTAMP(3)),
    ('PUBLIC_FACILITIES',                     'NORMAL', 'PROPERTY',     CURRENT_TIMESTAMP(3)),
    ('GARBAGE_SORTING',                       'NORMAL', 'VOLUNTEERS',   CURRENT_TIMESTAMP(3)),
    ('NOISE',                                 'NORMAL', 'PARTY_MEMBER', CURRENT_TIMESTAMP(3)),
    ('EBIKE_CHARGING',                        'URGENT', 'PROPERTY',     CURRENT_TIMESTAMP(3)),
    ('STREET_VENDORS_AND_ILLEGAL_STRUCTURES', 'NORMAL', 'COMMUNITY',    CURRENT_TIMESTAMP(3)),
    ('NEIGHBOUR_DISPUTE',                     'NORMAL', 'PARTY_MEMBER', CURRENT_TIMESTAMP(3)),
    ('RENTAL_MANAGEMENT',                     'NORMAL', 'COMMUNITY',    CURRENT_TIMESTAMP(3)),
    ('SAFETY',                                'URGENT', 'COMMUNITY',    CURRENT_TIMESTAMP(3)),
    ('EPIDEMIC_PREVENTION',                   'URGENT', 'COMMUNITY',    CURRENT_TIMESTAMP(3)),
    ('OTHER',                                 'NORMAL', 'COMMUNITY',    CURRENT_TIMESTAMP(3));

-- 办理时限: per category and urgency, the time to respond (accept or refuse) and to resolve, in wall-clock
-- HOURS or WORKING_DAYS. The defaults follow 12345 practice (DOMAIN.md): critical within 2 hours,
-- urgent within 24, enquiries and help 3 working days, complaints 13, general 7, complex 15.
CREATE TABLE sla_rule (
    category           VARCHAR(40) NOT NULL,
    urgency            VARCHAR(16) NOT NULL,
    response_amount    INT         NOT NULL,
    response_unit      VARCHAR(16) NOT NULL,
    resolution_amount  INT         NOT NULL,
    resolution_unit    VARCHAR(16) NOT NULL,
    updated_at         DATETIME(3) NOT NULL,
    updated_by         BIGINT      NULL,
    PRIMARY KEY (category, urgency)
);

INSERT INTO sla_rule (category, urgency, response_amount, response_unit, resolution_amount, resolution_unit, updated_at)
SELECT c.category, u.urgency, u.response_amount, u.response_unit,
       CASE WHEN u.urgency = 'NORMAL' THEN c.normal_days ELSE u.resolution_amount END,
       u.resolution_unit, CURRENT_TIMESTAMP(3)
FROM (
    SELECT 'PARKING' AS category, 7 AS normal_days
    UNION ALL SELECT 'ENVIRONMENT', 7
    UNION ALL SELECT 'PROPERTY_SERVICE', 7
    UNION ALL SELECT 'PUBLIC_FACILITIES', 7
    UNION ALL SELECT 'GARBAGE_SORTING', 7
    UNION ALL SELECT 'NOISE', 13
    UNION ALL SELECT 'EBIKE_CHARGING', 7
    UNION ALL SELECT 'STREET_VENDORS_AND_ILLEGAL_STRUCTURES', 13
    UNION ALL SELECT 'NEIGHBOUR_DISPUTE', 13
    UNION ALL SELECT 'RENTAL_MANAGEMENT', 13
    UNION ALL SELECT 'SAFETY', 7
    UNION ALL SELECT 'EPIDEMIC_PREVENTION', 7
    UNION ALL SELECT 'OTHER', 3
) c CROSS JOIN (
    SELECT 'CRITICAL' AS urgency, 1 AS response_amount, 'HOURS' AS response_unit, 2 AS resolution_amount,
           'HOURS' AS resolution_unit
    UNION ALL SELECT 'URGENT', 2, 'HOURS', 24, 'HOURS'
    UNION ALL SELECT 'NORMAL', 1, 'WORKING_DAYS', 7, 'WORKING_DAYS'
    UNION ALL SELECT 'COMPLEX', 1, 'WORKING_DAYS', 15, 'WORKING_DAYS'
) u;

-- The years whose holidays and make-up days an administrator has entered. A deadline that falls in a
-- year not listed here is counted on weekdays and marked provisional, and is counted again when the
-- year is entered.
CREATE TABLE calendar_year (
    year        INT         PRIMARY KEY,
    entered_at  DATETIME(3) NOT NULL,
    entered_by  BIGINT      NULL
);

INSERT INTO calendar_year (year, entered_at) VALUES (2026, CURRENT_TIMESTAMP(3));

ALTER TABLE resident_request
    -- a resident who phoned or walked in may have no account; a problem found on patrol has no resident
    MODIFY COLUMN submitter_account_id BIGINT NULL,
    -- staff who recorded it for a resident (phone, walk-in, patrol, home visit); NULL when filed by the resident
    ADD COLUMN recorded_by_account_id BIGINT      NULL AFTER submitter_person_id,
    -- for a request staff recorded: whom to call back (AES-GCM), since such a resident may have no account
    ADD COLUMN contact_name_cipher    VARCHAR(255) NULL AFTER recorded_by_account_id,
    ADD COLUMN contact_phone_cipher   VARCHAR(255) NULL AFTER contact_name_cipher,
    -- where in the compound, when it is about a common place rather than the home (scope: the compound)
    ADD COLUMN place                  VARCHAR(100) NULL AFTER household_id,
    ADD COLUMN urgency                VARCHAR(16) NOT NULL DEFAULT 'NORMAL' AFTER category,
    ADD COLUMN response_due_at        DATETIME(3) NULL,
    ADD COLUMN resolution_due_at      DATETIME(3) NULL,
    -- the terms it was given (its SLA row when filed, or when staff changed its urgency): its deadlines can
    -- always be counted again from these, the submission and the time given back
    ADD COLUMN response_amount        INT         NULL,
    ADD COLUMN response_unit          VARCHAR(16) NULL,
    ADD COLUMN resolution_amount      INT         NULL,
    ADD COLUMN resolution_unit        VARCHAR(16) NULL,
    -- time given back while it waited for the resident: working days to a working-day limit, seconds to hours
    ADD COLUMN paused_working_days    INT         NOT NULL DEFAULT 0,
    ADD COLUMN paused_seconds         BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN deadline_provisional   BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN responded_at           DATETIME(3) NULL,
    -- the clock is stopped from here while the request waits for the resident's answer
    ADD COLUMN waiting_since          DATETIME(3) NULL,
    -- who answers for it now: BUILDING, COMPOUND, COMMUNITY, STREET, DISTRICT
    ADD COLUMN level                  VARCHAR(16) NULL,
    -- PARTY_MEMBER, PROPERTY, ORG_UNIT or VOLUNTEERS, with the member / property company / unit meant
    ADD COLUMN handler_kind           VARCHAR(16) NULL,
    ADD COLUMN handler_ref            BIGINT      NULL,
    ADD COLUMN handler_person_id      BIGINT      NULL,
    ADD COLUMN handler_path           VARCHAR(255) NULL,
    -- accepted, waiting for svc-organization to say who handles it
    ADD COLUMN dispatch_pending       BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN resolved_at            DATETIME(3) NULL,
    ADD COLUMN closed_at              DATETIME(3) NULL,
    ADD COLUMN reopen_count           INT         NOT NULL DEFAULT 0,
    ADD COLUMN rating                 TINYINT     NULL,
    ADD COLUMN rating_comment_cipher  TEXT        NULL,
    -- the next instant the deadline job must look at it (a warning, the deadline, a reminder, auto-close);
    -- NULL when nothing is due. One indexed column, so the job's scan is a range read however many are open
    ADD COLUMN next_check_at          DATETIME(3) NULL,
    ADD COLUMN warned_at              DATETIME(3) NULL,
    ADD COLUMN reminded_at            DATETIME(3) NULL,
    ADD COLUMN escalated_at           DATETIME(3) NULL,
    ADD KEY idx_resident_request_next_check (next_check_at),
    ADD KEY idx_resident_request_dispatch (dispatch_pending, id),
    ADD KEY idx_resident_request_provisional (deadline_provisional),
    ADD KEY idx_resident_request_due (resolution_due_at),
    ADD KEY idx_resident_request_handler (handler_person_id, status);

ALTER TABLE request_timeline
    -- room for the timeline's remarks (URGENCY_CHANGED, DEADLINE_WARNING ...) beside the lifecycle's steps
    MODIFY COLUMN action VARCHAR(24) NOT NULL;
