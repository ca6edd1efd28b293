-- Study campaigns (đợt học tập): documents x audience (unit subtrees) x deadline, with the
-- completion rules and reminder plan. Each (document, unit) pair is an assignment.
CREATE TABLE campaigns (
    id                   bigserial PRIMARY KEY,
    name                 text        NOT NULL,
    owner_unit_id        bigint      REFERENCES units (id),
    created_by_member_id bigint      REFERENCES members (id),
    starts_at            timestamptz NOT NULL,
    deadline             timestamptz NOT NULL,
    status               varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CANCELLED')),
    require_summary      boolean     NOT NULL DEFAULT true,
    require_quiz         boolean     NOT NULL DEFAULT false,
    require_reflection   boolean     NOT NULL DEFAULT false,
    pass_mark            int         NOT NULL DEFAULT 80 CHECK (pass_mark BETWEEN 0 AND 100),
    reminder_offsets     text        NOT NULL DEFAULT 'P7D,P3D,P1D',
    deadline_morning     boolean     NOT NULL DEFAULT true,
    quiet_start          time        NOT NULL DEFAULT '21:00',
    quiet_end            time        NOT NULL DEFAULT '07:00',
    skip_sundays         boolean     NOT NULL DEFAULT false,
    skip_holidays        boolean     NOT NULL DEFAULT false,
    paid_broadcast       boolean     NOT NULL DEFAULT false,
    lagging_percent      int         NOT NULL DEFAULT 80,
    created_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (deadline > starts_at)
);

CREATE TABLE campaign_documents (
    campaign_id bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    document_id bigint NOT NULL REFERENCES documents (id),
    PRIMARY KEY (campaign_id, document_id)
);

CREATE TABLE campaign_units (
    campaign_id bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    unit_id     bigint NOT NULL REFERENCES units (id),
    PRIMARY KEY (campaign_id, unit_id)
);

ALTER TABLE assignments ADD COLUMN campaign_id bigint REFERENCES campaigns (id);
CREATE INDEX assignments_campaign ON assignments (campaign_id);

-- Public holidays (skipped when a campaign asks for it); dates in Asia/Ho_Chi_Minh.
CREATE TABLE holidays (
    day  date PRIMARY KEY,
    name text NOT NULL
);

-- The secretary of a unit (cell secretary, or commune/district level above).
ALTER TABLE units ADD COLUMN secretary_member_id bigint REFERENCES members (id);

-- "Nhắc tôi sau": no bulk message of this campaign reaches the member before the time.
CREATE TABLE campaign_snoozes (
    campaign_id bigint      NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    member_id   bigint      NOT NULL REFERENCES members (id),
    until       timestamptz NOT NULL,
    PRIMARY KEY (campaign_id, member_id)
);

-- Every bulk message, durable before it is sent. Unique per (campaign, step, member): re-running
-- a step after a crash or on a second instance can never queue a member twice.
CREATE TABLE outbox (
    id                  bigserial PRIMARY KEY,
    campaign_id         bigint      NOT NULL REFERENCES campaigns (id),
    step                varchar(64) NOT NULL,
    member_id           bigint      NOT NULL REFERENCES members (id),
    chat_id             bigint      NOT NULL,
    body                text        NOT NULL,
    keyboard            text,
    paid_broadcast      boolean     NOT NULL DEFAULT false,
    status              varchar(16) NOT NULL DEFAULT 'PENDING'
                        CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNREACHABLE', 'CANCELLED')),
    attempts            int         NOT NULL DEFAULT 0,
    not_before          timestamptz NOT NULL DEFAULT now(),
    claimed_by          text,
    claimed_at          timestamptz,
    sent_at             timestamptz,
    telegram_message_id int,
    last_error          text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT outbox_once UNIQUE (campaign_id, step, member_id)
);
CREATE INDEX outbox_due ON outbox (not_before, id) WHERE status = 'PENDING';
CREATE INDEX outbox_leases ON outbox (claimed_at) WHERE status = 'SENDING';
CREATE INDEX outbox_campaign_step ON outbox (campaign_id, step, status);

-- Secretary pushes (/nhacnho), to enforce the daily cap.
CREATE TABLE secretary_pushes (
    id                  bigserial PRIMARY KEY,
    campaign_id         bigint      NOT NULL REFERENCES campaigns (id),
    secretary_member_id bigint      NOT NULL REFERENCES members (id),
    unit_id             bigint      NOT NULL REFERENCES units (id),
    pushed_on           date        NOT NULL,
    recipients          int         NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX secretary_pushes_day ON secretary_pushes (secretary_member_id, pushed_on);
