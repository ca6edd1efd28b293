-- Opinion forms (phiếu lấy ý kiến) of a campaign or of one of its conferences: a few statements to
-- agree with, partly agree with or disagree with, and a free comment, answered in the bot. One answer
-- per member and question and one comment per member and form (the last one counts).
CREATE TABLE opinion_forms (
    id            bigserial PRIMARY KEY,
    campaign_id   bigint      NOT NULL REFERENCES campaigns (id),
    conference_id bigint      REFERENCES conferences (id),
    title         text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX opinion_forms_campaign ON opinion_forms (campaign_id);

CREATE TABLE opinion_questions (
    id       bigserial PRIMARY KEY,
    form_id  bigint NOT NULL REFERENCES opinion_forms (id) ON DELETE CASCADE,
    position int    NOT NULL,
    text     text   NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
    UNIQUE (form_id, position)
);

CREATE TABLE opinion_answers (
    question_id bigint      NOT NULL REFERENCES opinion_questions (id) ON DELETE CASCADE,
    member_id   bigint      NOT NULL REFERENCES members (id),
    choice      varchar(8)  NOT NULL CHECK (choice IN ('AGREE', 'PARTLY', 'DISAGREE')),
    answered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (question_id, member_id)
);

CREATE TABLE opinion_comments (
    form_id      bigint      NOT NULL REFERENCES opinion_forms (id) ON DELETE CASCADE,
    member_id    bigint      NOT NULL REFERENCES members (id),
    comment      text        NOT NULL CHECK (length(comment) BETWEEN 1 AND 2000),
    commented_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (form_id, member_id)
);
