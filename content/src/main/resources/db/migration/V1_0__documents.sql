-- Party documents. Numbers restart every congress term, so identity is
-- (type, number, issuer, issue date): two different 18-NQ/TW can coexist.
CREATE TABLE documents (
    id          bigserial PRIMARY KEY,
    doc_type    varchar(8)  NOT NULL,
    number      varchar(16) NOT NULL,
    issuer      varchar(16) NOT NULL,
    issued_on   date        NOT NULL,
    title       text        NOT NULL,
    summary     text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT documents_identity UNIQUE (doc_type, number, issuer, issued_on)
);
