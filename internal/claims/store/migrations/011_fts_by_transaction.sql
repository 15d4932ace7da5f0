-- The full-text indexes take a transaction's new rows at its end, in one
-- statement each, rather than one row at a time as they are inserted:
-- FTS5 writes what it holds at every savepoint, and ingest keeps one an
-- article, so indexing row by row was two fifths of ingesting. Until then
-- a new row's rowid waits in a pending table; a row updated or deleted
-- while it waits has nothing in the index to take out.
CREATE TABLE claims_fts_pending (id INTEGER PRIMARY KEY);
CREATE TABLE articles_fts_pending (id INTEGER PRIMARY KEY);

DROP TRIGGER claims_fts_insert;
DROP TRIGGER claims_fts_delete;
DROP TRIGGER claims_fts_update;
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
	INSERT INTO claims_fts_pending (id) VALUES (new.rowid);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
	INSERT INTO claims_fts (claims_fts, rowid, text) SELECT 'delete', old.rowid, old.text
		WHERE NOT EXISTS (SELECT 1 FROM claims_fts_pending WHERE id = old.rowid);
	DELETE FROM claims_fts_pending WHERE id = old.rowid;
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text ON claims
	WHEN NOT EXISTS (SELECT 1 FROM claims_fts_pending WHERE id = old.rowid) BEGIN
	INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
	INSERT INTO claims_fts (rowid, text) VALUES (new.rowid, new.text);
END;

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts_pending (id) VALUES (new.id);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, body) SELECT 'delete', old.id, old.body
		WHERE NOT EXISTS (SELECT 1 FROM articles_fts_pending WHERE id = old.id);
	DELETE FROM articles_fts_pending WHERE id = old.id;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF body ON articles
	WHEN NOT EXISTS (SELECT 1 FROM articles_fts_pending WHERE id = old.id) BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, body) VALUES ('delete', old.id, old.body);
	INSERT INTO articles_fts (rowid, body) VALUES (new.id, new.body);
END;
