-- The organisation tree: province > district > commune > cell.
-- path is a materialised path of ids ('/1/7/42/'), kept by a trigger, so a
-- subtree is one index range scan: path LIKE '/1/7/%'.
CREATE TABLE units (
    id        bigserial PRIMARY KEY,
    parent_id bigint REFERENCES units (id),
    level     varchar(16) NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'CELL')),
    name      text        NOT NULL,
    path      text        NOT NULL UNIQUE,
    depth     int         NOT NULL
);
CREATE INDEX units_path_prefix ON units (path text_pattern_ops);
CREATE INDEX units_parent ON units (parent_id);

CREATE FUNCTION units_set_path() RETURNS trigger AS $$
DECLARE
    parent_path  text;
    parent_depth int;
BEGIN
    IF NEW.parent_id IS NULL THEN
        NEW.path := '/' || NEW.id || '/';
        NEW.depth := 0;
    ELSE
        SELECT path, depth INTO parent_path, parent_depth FROM units WHERE id = NEW.parent_id;
        IF parent_path IS NULL THEN
            RAISE EXCEPTION 'parent unit % does not exist', NEW.parent_id;
        END IF;
        NEW.path := parent_path || NEW.id || '/';
        NEW.depth := parent_depth + 1;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER units_path BEFORE INSERT ON units FOR EACH ROW EXECUTE FUNCTION units_set_path();

-- Party members. ACTIVE and BLOCKED (the member blocked the bot) still have to
-- study and count in stats; LEFT members no longer belong to the organisation.
CREATE TABLE members (
    id               bigserial PRIMARY KEY,
    unit_id          bigint      NOT NULL REFERENCES units (id),
    full_name        text        NOT NULL,
    external_ref     varchar(64) UNIQUE,
    telegram_user_id bigint      UNIQUE,
    linked_at        timestamptz,
    status           varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'BLOCKED', 'LEFT')),
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX members_unit ON members (unit_id);

-- A document to study for a unit subtree, with a deadline.
CREATE TABLE assignments (
    id          bigserial PRIMARY KEY,
    document_id bigint      NOT NULL REFERENCES documents (id),
    unit_id     bigint      NOT NULL REFERENCES units (id),
    starts_at   timestamptz NOT NULL DEFAULT now(),
    deadline    timestamptz NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (deadline > starts_at)
);
CREATE INDEX assignments_unit ON assignments (unit_id);

-- When a member first and last opened an assignment (time spent, later stats).
CREATE TABLE assignment_views (
    member_id       bigint      NOT NULL REFERENCES members (id),
    assignment_id   bigint      NOT NULL REFERENCES assignments (id),
    first_opened_at timestamptz NOT NULL DEFAULT now(),
    last_opened_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, assignment_id)
);

-- One confirmation per member and assignment: the primary key is the guarantee
-- that a double tap or a re-delivered update never counts twice.
CREATE TABLE confirmations (
    member_id     bigint      NOT NULL REFERENCES members (id),
    assignment_id bigint      NOT NULL REFERENCES assignments (id),
    confirmed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, assignment_id)
);
CREATE INDEX confirmations_assignment ON confirmations (assignment_id);
