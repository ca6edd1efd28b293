-- The members lists sort by given name first (the last word of the full name, as Vietnamese rosters
-- are kept), in Vietnamese order. Computing that word with a regular expression for every row of a
-- province (100,000) on each page cost about a quarter of the list's query; it is now kept with the
-- row. Same expression as before, so the order is unchanged.
ALTER TABLE members ADD COLUMN given_name text GENERATED ALWAYS AS (regexp_replace(full_name, '^.*\s', '')) STORED;
