-- Sections a member marked in the Mini App reader, to come back to them.
CREATE TABLE webapp_bookmarks (
    member_id   bigint      NOT NULL REFERENCES members (id),
    document_id bigint      NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    position    int         NOT NULL CHECK (position >= -1),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (member_id, document_id, position)
);
