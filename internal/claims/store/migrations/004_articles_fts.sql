-- A full-text index over article bodies, so that a claim stored after the
-- articles that follow it up still finds them (later coverage either way).
CREATE VIRTUAL TABLE articles_fts USING fts5(body, content = 'articles', content_rowid = 'id');
INSERT INTO articles_fts(rowid, body) SELECT id, body FROM articles;

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF body ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, body) VALUES ('delete', old.id, old.body);
	INSERT INTO articles_fts(rowid, body) VALUES (new.id, new.body);
END;
