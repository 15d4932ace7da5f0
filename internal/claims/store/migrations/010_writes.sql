-- Every write transaction counts itself here, so that a writer can tell
-- whether another process wrote since its own last write, and what it
-- keeps in memory of the database (speakers by surname, the latest
-- article's date, the claim index) must be read again.
CREATE TABLE writes (n INTEGER NOT NULL);
INSERT INTO writes (n) VALUES (0);
