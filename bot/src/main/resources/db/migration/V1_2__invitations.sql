-- Single-use invitations that link a Telegram account to a member.
-- Only a SHA-256 of the code is stored: a database leak does not leak usable links.
CREATE TABLE invitations (
    id                       bigserial PRIMARY KEY,
    member_id                bigint      NOT NULL REFERENCES members (id),
    code_hash                bytea       NOT NULL UNIQUE,
    created_at               timestamptz NOT NULL DEFAULT now(),
    expires_at               timestamptz NOT NULL,
    used_at                  timestamptz,
    used_by_telegram_user_id bigint
);
CREATE INDEX invitations_member ON invitations (member_id);
