-- Dashboard logins. An admin may be limited to a unit subtree (unit_id) or see everything (NULL);
-- a secretary always has a unit and sees only its subtree.
CREATE TABLE dashboard_users (
    id            bigserial PRIMARY KEY,
    username      varchar(64) NOT NULL,
    password_hash text        NOT NULL,
    role          varchar(16) NOT NULL CHECK (role IN ('ADMIN', 'SECRETARY')),
    unit_id       bigint      REFERENCES units (id),
    member_id     bigint      REFERENCES members (id),
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (role = 'ADMIN' OR unit_id IS NOT NULL)
);

CREATE UNIQUE INDEX dashboard_users_username ON dashboard_users (lower(username));
