-- Quiz attempts, answers and native polls (designed with the content module's quiz_questions),
-- written reflections with action plans and their copy flags, and time spent per confirmation.
-- One run through a document's quiz by a member, for an assignment. mode POLL = Telegram native
-- quiz polls, INLINE = questions with inline keyboards (any length, several correct options).
CREATE TABLE quiz_attempts (
    id            bigserial   PRIMARY KEY,
    member_id     bigint      NOT NULL REFERENCES members (id),
    assignment_id bigint      NOT NULL REFERENCES assignments (id),
    mode          varchar(16) NOT NULL CHECK (mode IN ('POLL', 'INLINE')),
    started_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    score         int         CHECK (score >= 0),
    total         int         CHECK (total >= 0),
    passed        boolean,
    CHECK (score IS NULL OR total IS NULL OR score <= total),
    CHECK (finished_at IS NULL OR finished_at >= started_at)
);
CREATE INDEX quiz_attempts_member_assignment ON quiz_attempts (member_id, assignment_id);
CREATE INDEX quiz_attempts_assignment ON quiz_attempts (assignment_id);

-- A member's answer to one question of an attempt. The primary key makes a duplicate answer
-- (double tap, re-delivered update) count once.
CREATE TABLE quiz_answers (
    attempt_id  bigint      NOT NULL REFERENCES quiz_attempts (id) ON DELETE CASCADE,
    question_id bigint      NOT NULL REFERENCES quiz_questions (id) ON DELETE CASCADE,
    chosen      int[]       NOT NULL,
    correct     boolean     NOT NULL,
    answered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (attempt_id, question_id)
);
CREATE INDEX quiz_answers_question ON quiz_answers (question_id);

-- A native quiz poll sent for a question of an attempt. Telegram reports poll answers by poll id
-- only; option_order maps the shuffled options back to the question's original ones.
CREATE TABLE quiz_polls (
    poll_id      text        PRIMARY KEY,
    attempt_id   bigint      NOT NULL REFERENCES quiz_attempts (id) ON DELETE CASCADE,
    question_id  bigint      NOT NULL REFERENCES quiz_questions (id) ON DELETE CASCADE,
    option_order int[]       NOT NULL CHECK (cardinality(option_order) BETWEEN 2 AND 10),
    sent_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quiz_polls_attempt ON quiz_polls (attempt_id);

-- A member's written reflection (bài thu hoạch) and personal action plan for an assignment.
-- Drafts live here too, so a restart of the app or of Redis never loses what was typed.
CREATE TABLE reflections (
    id                bigserial   PRIMARY KEY,
    member_id         bigint      NOT NULL REFERENCES members (id),
    assignment_id     bigint      NOT NULL REFERENCES assignments (id),
    reflection_draft  text        NOT NULL DEFAULT '',
    reflection        text,
    reflection_at     timestamptz,
    plan_draft        text        NOT NULL DEFAULT '',
    plan              text,
    plan_at           timestamptz,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (member_id, assignment_id)
);
CREATE INDEX reflections_assignment ON reflections (assignment_id);

-- Near-copies found when a reflection was submitted: of the document itself or of another member's.
CREATE TABLE reflection_flags (
    reflection_id     bigint       NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
    matched           varchar(64)  NOT NULL,
    score             numeric(4,3) NOT NULL,
    PRIMARY KEY (reflection_id, matched)
);

ALTER TABLE confirmations ADD COLUMN study_seconds bigint;
