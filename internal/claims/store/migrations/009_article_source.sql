-- A file with no URL is identified by its path: an edited file replaces
-- the version stored before (store.addArticle looks it up by source).
CREATE INDEX articles_source ON articles(source) WHERE url IS NULL;
