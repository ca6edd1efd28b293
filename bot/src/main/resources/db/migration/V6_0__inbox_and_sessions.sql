-- Durable inbox: every Telegram update is stored here before it is acknowledged (before the next
-- getUpdates offset moves past it, before the webhook answers 200), handled from here, and marked
-- DONE in the same transaction as its handler's writes. The primary key is the de-duplication.
CREATE TABLE telegram_inbox (
    update_id   bigint      PRIMARY KEY,
    chat_id     bigint      NOT NULL,
    payload     text        NOT NULL,
    status      text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'FAILED')),
    received_at timestamptz NOT NULL DEFAULT now(),
    claimed_by  text,
    claimed_at  timestamptz,
    attempts    int         NOT NULL DEFAULT 0,
    handled_at  timestamptz,
    last_error  text
);
CREATE INDEX telegram_inbox_pending ON telegram_inbox (claimed_at, update_id) WHERE status = 'PENDING';
CREATE INDEX telegram_inbox_handled ON telegram_inbox (handled_at) WHERE status <> 'PENDING';

-- Conversation state of each chat (where a member is in a dialogue). Written in the same transaction
-- as the update that changed it, so a crash or a Redis outage never loses or splits a dialogue.
CREATE TABLE chat_sessions (
    chat_id    bigint      PRIMARY KEY,
    revision   bigint      NOT NULL,
    state      text,
    data       text        NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX chat_sessions_expiry ON chat_sessions (expires_at);
