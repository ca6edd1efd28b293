-- The members list searches by part of the name or card number (ILIKE '%...%', MemberSearch). Without
-- an index every search reads and case-folds all 100,000 names of a province; trigram indexes answer a
-- selective search (a card number, a rare name) from the index, the ILIKE rechecking each row, so the
-- results are the same. pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+): the
-- database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX members_full_name_trgm ON members USING gin (full_name gin_trgm_ops);
CREATE INDEX members_external_ref_trgm ON members USING gin (external_ref gin_trgm_ops);
