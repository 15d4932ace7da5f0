-- What act a claim reports (said, found, thought): only what was said or
-- found is listed on the site. An appearance inside a longer claim of its
-- article (a quoted fragment of a reported statement) is shown as part of
-- that claim.
ALTER TABLE claims ADD COLUMN act TEXT NOT NULL DEFAULT 'said';
ALTER TABLE appearances ADD COLUMN inside INTEGER NOT NULL DEFAULT 0;
