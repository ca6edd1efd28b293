-- Audit trail (issue 14): every administrative action on the dashboard and the API (any request that
-- changes state, every report download) and every login attempt. Append-only; the application never
-- updates or deletes a row. actor_unit_id is the actor's scope (null: the whole organisation), used to
-- show scoped admins only what was done by logins inside their subtree.
CREATE TABLE audit_log (
    id            bigserial   PRIMARY KEY,
    at            timestamptz NOT NULL DEFAULT now(),
    actor         text        NOT NULL,
    actor_id      bigint,
    actor_unit_id bigint,
    action        text        NOT NULL,
    path          text,
    target        text,
    unit_id       bigint,
    outcome       text        NOT NULL,
    address       text
);
CREATE INDEX audit_log_recent ON audit_log (id DESC);
