-- The organisation as admins run it: units have an admin-facing code (unique among units, used by the
-- tree import and the roster), and are closed rather than deleted (a merged unit points at its survivor),
-- so past campaigns keep their names and links.
ALTER TABLE units ADD COLUMN code varchar(64);
ALTER TABLE units ADD COLUMN closed_at timestamptz;
ALTER TABLE units ADD COLUMN merged_into bigint REFERENCES units (id);
CREATE UNIQUE INDEX units_code ON units (lower(code));

-- Roles in a unit: one secretary (bí thư) and any number of deputies (phó bí thư), members of the unit.
CREATE TABLE unit_roles (
    unit_id   bigint      NOT NULL REFERENCES units (id),
    member_id bigint      NOT NULL REFERENCES members (id),
    role      varchar(16) NOT NULL CHECK (role IN ('SECRETARY', 'DEPUTY')),
    PRIMARY KEY (unit_id, member_id)
);
CREATE UNIQUE INDEX unit_roles_one_secretary ON unit_roles (unit_id) WHERE role = 'SECRETARY';
CREATE INDEX unit_roles_member ON unit_roles (member_id);
INSERT INTO unit_roles (unit_id, member_id, role)
SELECT id, secretary_member_id, 'SECRETARY' FROM units WHERE secretary_member_id IS NOT NULL;
ALTER TABLE units DROP COLUMN secretary_member_id;

-- A campaign whose deadline has passed keeps the organisation it was run in: before the tree or a
-- membership changes, the units and members of every ended campaign not yet frozen are copied here
-- once, and its stats and reports read the copy from then on.
ALTER TABLE campaigns ADD COLUMN frozen_at timestamptz;

CREATE TABLE campaign_frozen_units (
    campaign_id bigint      NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    id          bigint      NOT NULL,
    parent_id   bigint,
    level       varchar(16) NOT NULL,
    name        text        NOT NULL,
    path        text        NOT NULL,
    depth       int         NOT NULL,
    PRIMARY KEY (campaign_id, id)
);
CREATE INDEX campaign_frozen_units_path ON campaign_frozen_units (campaign_id, path text_pattern_ops);

CREATE TABLE campaign_frozen_members (
    campaign_id      bigint      NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    id               bigint      NOT NULL,
    unit_id          bigint      NOT NULL,
    full_name        text        NOT NULL,
    status           varchar(16) NOT NULL,
    telegram_user_id bigint,
    PRIMARY KEY (campaign_id, id)
);
CREATE INDEX campaign_frozen_members_unit ON campaign_frozen_members (campaign_id, unit_id);
