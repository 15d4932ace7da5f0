-- One person, one speaker: each speaker's kind (person, organisation,
-- group, or '' when extraction had no evidence), and a person's surname,
-- so that a full name finds the people of that surname and joins the one
-- whose given names agree. Slugs of speakers merged into others stay as
-- redirects, so a published page never disappears.
ALTER TABLE speakers ADD COLUMN kind TEXT NOT NULL DEFAULT '';
UPDATE speakers SET kind = CASE WHEN org THEN 'organisation' ELSE 'person' END;
ALTER TABLE speakers DROP COLUMN org;
ALTER TABLE speakers ADD COLUMN surname TEXT NOT NULL DEFAULT '';
CREATE INDEX speakers_surname ON speakers(surname);

CREATE TABLE speaker_redirects (
	slug       TEXT PRIMARY KEY,
	speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE
);
