-- Coverage by article: storing an article first clears its links, and
-- without this index that read the whole table for every article, so that
-- ingest slowed down as the database grew.
CREATE INDEX coverage_article ON coverage(article_id);
