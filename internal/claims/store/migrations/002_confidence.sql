-- How sure extraction is that a claim is someone's claim (0 to 1): the site
-- shows claims at or above site.toml's min_confidence.
ALTER TABLE claims ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
