-- An article's language (ISO 639-1; '' when unknown, taken as English):
-- extraction's rules are English, so an article in another language is
-- stored and listed but not analysed, and the site says so. A title taken
-- from the article's first sentence, because its source gave none, is
-- marked as such.
ALTER TABLE articles ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN title_from_text INTEGER NOT NULL DEFAULT 0;
