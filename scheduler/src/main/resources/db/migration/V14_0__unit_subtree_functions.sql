-- The unit tree's one definition of "in the subtree of": units.path is the chain of ids from the
-- root, '/1/5/12/', so a unit lies in another's subtree (or is it) when its path starts with the
-- other's. Every query says unit_within / unit_related instead of spelling the LIKE; PostgreSQL
-- inlines these SQL functions, so plans (and the text_pattern_ops index) are unchanged.
CREATE OR REPLACE FUNCTION unit_within(inner_path text, outer_path text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT inner_path LIKE outer_path || '%' $$;

-- On one line of descent: either contains the other (an audience and a login's scope overlap).
CREATE OR REPLACE FUNCTION unit_related(a_path text, b_path text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT a_path LIKE b_path || '%' OR b_path LIKE a_path || '%' $$;
