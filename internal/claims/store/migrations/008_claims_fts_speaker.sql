-- The claims' full-text index also holds each claim's speaker (as the
-- token s<id>), so that later coverage searches only the claims of the
-- speakers an article names: FTS5 seeks through the speaker's short list
-- instead of ranking every claim that shares a word with the article,
-- which made ingest slow down as the database grew. The index is
-- contentless (the text is in claims already) and deletes as rows go.
DROP TRIGGER claims_fts_insert;
DROP TRIGGER claims_fts_delete;
DROP TRIGGER claims_fts_update;
DROP TABLE claims_fts;

CREATE VIRTUAL TABLE claims_fts USING fts5(text, speaker, content = '', contentless_delete = 1);
INSERT INTO claims_fts(rowid, text, speaker) SELECT rowid, text, 's' || coalesce(speaker_id, 0) FROM claims;

CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
	INSERT INTO claims_fts(rowid, text, speaker) VALUES (new.rowid, new.text, 's' || coalesce(new.speaker_id, 0));
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
	DELETE FROM claims_fts WHERE rowid = old.rowid;
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text, speaker_id ON claims BEGIN
	DELETE FROM claims_fts WHERE rowid = old.rowid;
	INSERT INTO claims_fts(rowid, text, speaker) VALUES (new.rowid, new.text, 's' || coalesce(new.speaker_id, 0));
END;
