-- Refreshers (spaced repetition): after a member finishes an assignment, one approved question of
-- its document comes back about 3, 10 and 30 days later, if the campaign asks for it.
ALTER TABLE campaigns ADD COLUMN refreshers boolean NOT NULL DEFAULT false;

-- One row per member, assignment and interval: the question asked and, once answered, whether right.
CREATE TABLE refreshers (
    id            bigserial   PRIMARY KEY,
    member_id     bigint      NOT NULL REFERENCES members (id),
    assignment_id bigint      NOT NULL REFERENCES assignments (id),
    campaign_id   bigint      NOT NULL REFERENCES campaigns (id),
    interval_days int         NOT NULL CHECK (interval_days > 0),
    question_id   bigint      NOT NULL REFERENCES quiz_questions (id) ON DELETE CASCADE,
    queued_at     timestamptz NOT NULL,
    answered_at   timestamptz,
    chosen        int,
    correct       boolean,
    CONSTRAINT refreshers_once UNIQUE (member_id, assignment_id, interval_days)
);
CREATE INDEX refreshers_campaign ON refreshers (campaign_id, interval_days);
