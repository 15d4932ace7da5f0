-- The first schema: articles and where they came from, speakers and the keys
-- they are known by, claims and their appearances, status history, later
-- coverage, and a full-text index over claim text.

CREATE TABLE publishers (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE
);

CREATE TABLE articles (
	id           INTEGER PRIMARY KEY,
	url          TEXT UNIQUE,             -- NULL when the input gave none
	title        TEXT NOT NULL,
	publisher_id INTEGER REFERENCES publishers(id),
	published    TEXT,                    -- RFC 3339, NULL when unknown
	authors      TEXT NOT NULL DEFAULT '[]', -- JSON array of names
	body         TEXT NOT NULL,
	hash         TEXT NOT NULL UNIQUE,    -- sha256 of the body
	source       TEXT NOT NULL,           -- the file it was read from
	ingested_at  TEXT NOT NULL
);

CREATE TABLE speakers (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL,
	slug TEXT NOT NULL UNIQUE,
	org  INTEGER NOT NULL DEFAULT 0
);

-- Every key a speaker is known by: its canonical name's and its variants'.
CREATE TABLE speaker_aliases (
	key        TEXT PRIMARY KEY,
	speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE
);

CREATE TABLE claims (
	id         TEXT PRIMARY KEY,          -- stable: derived from the normalised text
	text       TEXT NOT NULL,
	norm       TEXT NOT NULL,
	kind       TEXT NOT NULL CHECK (kind IN ('direct', 'fragment', 'indirect')),
	speaker_id INTEGER REFERENCES speakers(id),
	prediction INTEGER NOT NULL DEFAULT 0,
	first_seen TEXT NOT NULL
);
CREATE INDEX claims_speaker ON claims(speaker_id);

CREATE TABLE appearances (
	claim_id   TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	start      INTEGER NOT NULL,          -- byte offsets into articles.body
	end        INTEGER NOT NULL,
	para_start INTEGER NOT NULL,
	para_end   INTEGER NOT NULL,
	speaker_id INTEGER REFERENCES speakers(id),
	mention    TEXT NOT NULL DEFAULT '',
	role       TEXT NOT NULL DEFAULT '',
	cue        TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (claim_id, article_id, start)
);
CREATE INDEX appearances_article ON appearances(article_id);

-- What became of a claim, newest last; editors' verdict files fill it.
CREATE TABLE statuses (
	id       INTEGER PRIMARY KEY,
	claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
	status   TEXT NOT NULL,
	date     TEXT NOT NULL,
	recorded TEXT,
	note     TEXT NOT NULL DEFAULT '',
	evidence TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX statuses_claim ON statuses(claim_id);

-- Later articles that bear on an earlier claim.
CREATE TABLE coverage (
	claim_id   TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	score      REAL NOT NULL,
	sentence   TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (claim_id, article_id)
);

CREATE VIRTUAL TABLE claims_fts USING fts5(text, content = 'claims', content_rowid = 'rowid');

CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
	INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
	INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims BEGIN
	INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
	INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text);
END;
