-- Quiz questions about a document. AUTHORED ones come from the document's front matter and are
-- approved on import; GENERATED ones (cloze questions) start as DRAFT until an admin approves or
-- rejects them. Members only ever see APPROVED questions. options and correct are 0-based in the
-- application (correct holds indexes into options). fingerprint is the folded, normalised
-- question and correct answer(s): regenerating never stores the same question twice and never
-- brings back one an admin rejected.
CREATE TABLE quiz_questions (
    id              bigserial   PRIMARY KEY,
    document_id     bigint      NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    question        text        NOT NULL CHECK (question <> ''),
    options         text[]      NOT NULL CHECK (cardinality(options) BETWEEN 2 AND 10),
    correct         int[]       NOT NULL CHECK (cardinality(correct) >= 1),
    explanation     text,
    source          varchar(16) NOT NULL CHECK (source IN ('AUTHORED', 'GENERATED')),
    status          varchar(16) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED', 'REJECTED')),
    source_sentence text,
    fingerprint     text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    reviewed_at     timestamptz,
    CONSTRAINT quiz_questions_fingerprint UNIQUE (document_id, fingerprint)
);
CREATE INDEX quiz_questions_document_status ON quiz_questions (document_id, status);
