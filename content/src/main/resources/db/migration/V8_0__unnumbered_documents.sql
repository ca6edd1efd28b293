-- News articles, speeches and many reports have no document number. They are stored with an empty
-- number; their issuer column holds the source (a newspaper's name can be longer than a party code),
-- and two unnumbered texts of the same kind, source and day are told apart by their title.
ALTER TABLE documents ALTER COLUMN issuer TYPE varchar(120);
ALTER TABLE documents DROP CONSTRAINT documents_identity;
CREATE UNIQUE INDEX documents_identity
    ON documents (doc_type, number, issuer, issued_on, (CASE WHEN number = '' THEN title ELSE '' END));
