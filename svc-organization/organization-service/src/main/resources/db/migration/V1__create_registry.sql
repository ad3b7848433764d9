-- The organisation registry. Trees are stored with materialized paths ("/1/4/17/"): a subtree is a
-- prefix match on an indexed column, never a group_concat (which truncates at 1,024 characters).

-- Geography: district > street > community > compound | grid > building > unit.
CREATE TABLE org_unit (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id  BIGINT       NULL,
    kind       VARCHAR(16)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    code       VARCHAR(40)  NULL,
    path       VARCHAR(255) NOT NULL,
    depth      INT          NOT NULL,
    -- a building belongs to one compound (its parent) and one grid
    grid_id    BIGINT       NULL,
    version    INT          NOT NULL DEFAULT 0,
    created_at DATETIME(3)  NOT NULL,
    updated_at DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_org_unit_path (path),
    UNIQUE KEY uk_org_unit_sibling_name (parent_id, kind, name),
    KEY idx_org_unit_kind_path (kind, path),
    KEY idx_org_unit_grid (grid_id),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT fk_org_unit_grid FOREIGN KEY (grid_id) REFERENCES org_unit (id)
);

CREATE TABLE household (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id      BIGINT        NOT NULL,
    building_id  BIGINT        NOT NULL,
    compound_id  BIGINT        NOT NULL,
    -- the unit's path, copied so that scope filters and coverage counts need no join
    path         VARCHAR(255)  NOT NULL,
    room         VARCHAR(20)   NOT NULL,
    floor_area   DECIMAL(8, 2) NOT NULL,
    version      INT           NOT NULL DEFAULT 0,
    created_at   DATETIME(3)   NOT NULL,
    updated_at   DATETIME(3)   NOT NULL,
    UNIQUE KEY uk_household_room (unit_id, room),
    KEY idx_household_path (path),
    KEY idx_household_building (building_id),
    KEY idx_household_compound (compound_id),
    CONSTRAINT fk_household_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

-- People. Name, ID number and phone are AES-GCM ciphertext; *_hash columns are HMAC blind indexes.
CREATE TABLE person (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name_cipher     VARCHAR(255) NOT NULL,
    name_hash       CHAR(64)     NOT NULL,
    id_number_cipher VARCHAR(255) NULL,
    id_number_hash  CHAR(64)     NULL,
    phone_cipher    VARCHAR(255) NULL,
    phone_hash      CHAR(64)     NULL,
    version         INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_person_id_number (id_number_hash),
    KEY idx_person_phone (phone_hash),
    KEY idx_person_name (name_hash)
);

-- Who lives in a household, and how: OWNER, FAMILY, TENANT.
CREATE TABLE household_tie (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id BIGINT      NOT NULL,
    person_id    BIGINT      NOT NULL,
    relation     VARCHAR(16) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    updated_at   DATETIME(3) NOT NULL,
    UNIQUE KEY uk_household_tie (household_id, person_id),
    KEY idx_household_tie_person (person_id),
    CONSTRAINT fk_tie_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_tie_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- Party organisations in five levels, anchored to a geography unit (whose path gives the data scope).
CREATE TABLE party_org (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id      BIGINT       NULL,
    kind           VARCHAR(32)  NOT NULL,
    level          INT          NOT NULL,
    name           VARCHAR(100) NOT NULL,
    anchor_unit_id BIGINT       NOT NULL,
    -- the anchor unit's path: the data scope of this organisation
    scope_path     VARCHAR(255) NOT NULL,
    -- this organisation's own path in the party tree
    path           VARCHAR(255) NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    created_at     DATETIME(3)  NOT NULL,
    updated_at     DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_party_org_path (path),
    KEY idx_party_org_scope (scope_path),
    KEY idx_party_org_anchor (anchor_unit_id, kind),
    CONSTRAINT fk_party_org_parent FOREIGN KEY (parent_id) REFERENCES party_org (id),
    CONSTRAINT fk_party_org_anchor FOREIGN KEY (anchor_unit_id) REFERENCES org_unit (id)
);

-- Partner units (共建单位) that sign co-building agreements with a community.
CREATE TABLE partner_unit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    community_id  BIGINT       NOT NULL,
    scope_path    VARCHAR(255) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    agreement_signed_on DATE   NULL,
    version       INT          NOT NULL DEFAULT 0,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_partner_unit_name (community_id, name),
    KEY idx_partner_unit_scope (scope_path),
    CONSTRAINT fk_partner_unit_community FOREIGN KEY (community_id) REFERENCES org_unit (id)
);

CREATE TABLE party_member (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id           BIGINT       NOT NULL,
    party_org_id        BIGINT       NOT NULL,
    scope_path          VARCHAR(255) NOT NULL,
    category            VARCHAR(16)  NOT NULL,
    position            VARCHAR(32)  NOT NULL,
    central_household_id BIGINT      NULL,
    partner_unit_id     BIGINT       NULL,
    employer            VARCHAR(100) NULL,
    employer_party_org  VARCHAR(100) NULL,
    -- maintained by conditional updates so the household bound holds under concurrency
    linked_households   INT          NOT NULL DEFAULT 0,
    version             INT          NOT NULL DEFAULT 0,
    created_at          DATETIME(3)  NOT NULL,
    updated_at          DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_party_member_person (person_id),
    KEY idx_party_member_org (party_org_id),
    KEY idx_party_member_scope (scope_path),
    CONSTRAINT fk_party_member_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_party_member_org FOREIGN KEY (party_org_id) REFERENCES party_org (id),
    CONSTRAINT fk_party_member_central FOREIGN KEY (central_household_id) REFERENCES household (id),
    CONSTRAINT fk_party_member_partner FOREIGN KEY (partner_unit_id) REFERENCES partner_unit (id)
);

-- 双报到: an in-service member applies to register at the community where they live.
CREATE TABLE registration (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id          BIGINT       NOT NULL,
    community_id       BIGINT       NOT NULL,
    scope_path         VARCHAR(255) NOT NULL,
    employer           VARCHAR(100) NOT NULL,
    employer_party_org VARCHAR(100) NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    decision_reason    VARCHAR(500) NULL,
    decided_by         BIGINT       NULL,
    decided_at         DATETIME(3)  NULL,
    party_member_id    BIGINT       NULL,
    version            INT          NOT NULL DEFAULT 0,
    created_at         DATETIME(3)  NOT NULL,
    updated_at         DATETIME(3)  NOT NULL,
    KEY idx_registration_scope (scope_path, status),
    KEY idx_registration_person (person_id),
    CONSTRAINT fk_registration_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_registration_community FOREIGN KEY (community_id) REFERENCES org_unit (id)
);

-- 党员联户: each household has at most one responsible member (the unique key decides races).
CREATE TABLE member_household_link (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    household_id    BIGINT       NOT NULL,
    party_member_id BIGINT       NOT NULL,
    path            VARCHAR(255) NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_link_household (household_id),
    KEY idx_link_member (party_member_id),
    KEY idx_link_path (path),
    CONSTRAINT fk_link_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_link_member FOREIGN KEY (party_member_id) REFERENCES party_member (id)
);

-- The three parties of a compound (三驾马车): residents' committee, owners' committee, property company.
CREATE TABLE compound_party (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    compound_id BIGINT       NOT NULL,
    scope_path  VARCHAR(255) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    term_start  DATE         NULL,
    term_end    DATE         NULL,
    version     INT          NOT NULL DEFAULT 0,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_compound_party_kind (compound_id, kind),
    KEY idx_compound_party_scope (scope_path),
    CONSTRAINT fk_compound_party_compound FOREIGN KEY (compound_id) REFERENCES org_unit (id)
);

-- People who serve in one of the three parties (owners'-committee members, property contacts ...).
CREATE TABLE compound_party_member (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    compound_party_id BIGINT      NOT NULL,
    person_id        BIGINT       NOT NULL,
    role             VARCHAR(32)  NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    UNIQUE KEY uk_compound_party_member (compound_party_id, person_id),
    CONSTRAINT fk_cpm_party FOREIGN KEY (compound_party_id) REFERENCES compound_party (id),
    CONSTRAINT fk_cpm_person FOREIGN KEY (person_id) REFERENCES person (id)
);
