-- Action programmes (chương trình hành động): each committee's programme implementing a campaign's
-- resolution, one per (campaign, unit). A draft is replaced by each upload (version counts them) until
-- it is issued; members of the unit's subtree comment on it in the bot.
CREATE TABLE action_programmes (
    id          bigserial PRIMARY KEY,
    campaign_id bigint      NOT NULL REFERENCES campaigns (id),
    unit_id     bigint      NOT NULL REFERENCES units (id),
    title       text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    body        text        NOT NULL CHECK (length(body) BETWEEN 1 AND 100000),
    version     int         NOT NULL DEFAULT 1,
    status      varchar(8)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ISSUED')),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    issued_at   timestamptz,
    UNIQUE (campaign_id, unit_id)
);

CREATE TABLE action_programme_comments (
    id           bigserial PRIMARY KEY,
    programme_id bigint      NOT NULL REFERENCES action_programmes (id) ON DELETE CASCADE,
    member_id    bigint      NOT NULL REFERENCES members (id),
    version      int         NOT NULL,
    comment      text        NOT NULL CHECK (length(comment) BETWEEN 1 AND 2000),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX action_programme_comments_programme ON action_programme_comments (programme_id, created_at);
