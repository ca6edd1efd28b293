-- Full document structure for search and summaries: congress term and plenum, key points,
-- where the summary came from, and the sections (heading, level, text) in reading order.
ALTER TABLE documents
    ADD COLUMN term              varchar(8),
    ADD COLUMN plenum            int,
    ADD COLUMN key_points        text[] NOT NULL DEFAULT '{}',
    ADD COLUMN summary_generated boolean NOT NULL DEFAULT false;

CREATE TABLE document_sections (
    document_id bigint NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position    int    NOT NULL,
    level       int    NOT NULL,
    heading     text   NOT NULL,
    body        text   NOT NULL,
    PRIMARY KEY (document_id, position)
);
