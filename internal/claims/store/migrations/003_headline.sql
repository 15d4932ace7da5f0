-- Claims quoted in an article's title: their offsets are into the title.
ALTER TABLE appearances ADD COLUMN in_title INTEGER NOT NULL DEFAULT 0;
