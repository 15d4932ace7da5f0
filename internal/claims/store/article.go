package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"claimtrack/internal/claims"
)

// Added says what storing one article did.
type Added struct {
	ArticleID   int64
	Unchanged   bool // the same article (by URL and body, or by body) was already stored
	Replaced    bool // an earlier version (same URL, or same file for one without) was stored, and this one took its place
	Older       bool // a newer version (by publication date) is stored: this one was not
	ClaimsNew   int
	ClaimsSeen  int // claims already known from other articles
	SpeakersNew int
}

// AddArticle stores an article with the claims extracted from it, in one
// transaction (a batch of one). An article already stored with the same
// body is left as it is; one stored under the same URL with another body
// is replaced, and its appearances with it.
func (s *Store) AddArticle(ctx context.Context, a *claims.Article, qs []claims.Quote, now time.Time) (Added, error) {
	b, err := s.Batch(ctx)
	if err != nil {
		return Added{}, fmt.Errorf("store: add %s: %w", a.Source, err)
	}
	defer b.Rollback()
	res, err := b.Add(ctx, a, qs, now)
	if err != nil {
		return Added{}, err
	}
	if err := b.Commit(); err != nil {
		return Added{}, fmt.Errorf("store: add %s: %w", a.Source, err)
	}
	return res, nil
}

// Batch stores many articles in one transaction, each under a savepoint
// of its own: an article that fails leaves nothing of itself and the rest
// of the batch stands, while the batch pays for one commit (one sync to
// disk) instead of one an article. Until Commit, nothing of the batch is
// in the database; a run killed before then stores those articles when
// run again.
type Batch struct {
	s  *Store
	tx *txn
}

// Batch begins a batch.
func (s *Store) Batch(ctx context.Context) (*Batch, error) {
	tx, err := s.begin(ctx)
	if err != nil {
		return nil, err
	}
	return &Batch{s: s, tx: tx}, nil
}

// Commit stores the batch.
func (b *Batch) Commit() error {
	err := b.tx.Commit()
	if err != nil {
		b.s.forget()
	}
	return err
}

// Rollback drops the batch; after Commit it does nothing.
func (b *Batch) Rollback() {
	if b.tx.Rollback() == nil {
		b.s.forget()
	}
}

// forget drops what the store keeps in memory of the database (speakers by
// surname, the latest article's date), to be read again when next needed.
func (s *Store) forget() {
	s.surnames, s.latest, s.index = nil, time.Time{}, nil
}

// Add stores one article of the batch with its claims, as AddArticle says,
// under a savepoint.
func (b *Batch) Add(ctx context.Context, a *claims.Article, qs []claims.Quote, now time.Time) (Added, error) {
	if _, err := b.tx.conn.ExecContext(ctx, `SAVEPOINT article`); err != nil {
		return Added{}, fmt.Errorf("store: add %s: %w", a.Source, err)
	}
	res, err := b.s.addArticle(ctx, b.tx, a, qs, now)
	if err != nil {
		b.tx.conn.ExecContext(ctx, `ROLLBACK TO article`)
		b.s.forget() // what the store keeps in memory may hold what was rolled back
	}
	if _, rerr := b.tx.conn.ExecContext(ctx, `RELEASE article`); rerr != nil && err == nil {
		err = fmt.Errorf("store: add %s: %w", a.Source, rerr)
	}
	return res, err
}

// addArticle stores an article in tx.
func (s *Store) addArticle(ctx context.Context, tx *txn, a *claims.Article, qs []claims.Quote, now time.Time) (Added, error) {
	var res Added
	hash := a.Hash()
	var id int64
	var oldHash string
	var oldPublished sql.NullString
	// The same body, or an earlier version: by its URL, or without one by
	// the file that is the whole of it.
	err := tx.QueryRowContext(ctx, `SELECT id, hash, published FROM articles WHERE hash = ? OR (url = ? AND url IS NOT NULL)
		ORDER BY hash = ? DESC LIMIT 1`, hash, nullable(a.URL), hash).Scan(&id, &oldHash, &oldPublished)
	if errors.Is(err, sql.ErrNoRows) && a.URL == "" && a.Whole {
		err = tx.QueryRowContext(ctx, `SELECT id, hash, published FROM articles WHERE source = ? AND url IS NULL`, a.Source).Scan(&id, &oldHash, &oldPublished)
	}
	switch {
	case err == nil && oldHash == hash:
		return Added{ArticleID: id, Unchanged: true}, nil
	case err == nil && !a.Published.IsZero() && a.Published.Before(parseTime(oldPublished)):
		// An older version than the one stored, met later: the newer
		// stays, so that the order of the inputs does not matter, and
		// the claims both make were first seen when the older came out.
		var earlier []later
		for _, q := range qs {
			cid := claims.ClaimID(q.Text, q.Speaker.Name)
			r, err := tx.ExecContext(ctx, `UPDATE claims SET first_seen = ? WHERE id = ? AND first_seen > ?
				AND EXISTS (SELECT 1 FROM appearances WHERE claim_id = claims.id AND article_id = ?)`,
				timeText(a.Published), cid, timeText(a.Published), id)
			if err != nil {
				return Added{}, fmt.Errorf("store: add %s: %w", a.Source, err)
			}
			if n, _ := r.RowsAffected(); n > 0 {
				earlier = append(earlier, later{id: cid})
				if s.index != nil {
					s.index.seenEarlier(cid, a.Published)
				}
			}
		}
		if len(earlier) > 0 {
			if err := linkLater(ctx, tx, id, a.Published, earlier); err != nil {
				return Added{}, fmt.Errorf("store: add %s: later coverage: %w", a.Source, err)
			}
		}
		return Added{ArticleID: id, Unchanged: true, Older: true}, nil
	case err == nil:
		res.Replaced = true
		if _, err := tx.ExecContext(ctx, `DELETE FROM appearances WHERE article_id = ?`, id); err != nil {
			return res, fmt.Errorf("store: replace %s: %w", a.Source, err)
		}
	case errors.Is(err, sql.ErrNoRows):
		id = 0
	default:
		return res, fmt.Errorf("store: add %s: %w", a.Source, err)
	}
	if id, err = putArticle(ctx, tx, id, a, hash, now); err != nil {
		return res, fmt.Errorf("store: add %s: %w", a.Source, err)
	}
	res.ArticleID = id
	seen := a.Published
	if seen.IsZero() {
		seen = now
	}
	var ids []string  // the article's claims
	var fresh []later // and those articles stored before may now bear on
	clear(tx.resolved)
	for _, q := range qs {
		cid := claims.ClaimID(q.Text, q.Speaker.Name)
		ids = append(ids, cid)
		stale, err := addQuote(ctx, tx, id, q, seen, &res)
		if err != nil {
			return Added{}, fmt.Errorf("store: add %s: claim at %d: %w", a.Source, q.Span.Start, err)
		}
		fresh = append(fresh, stale...)
	}
	if err := linkCoverage(ctx, tx, id, a, seen, ids, fresh); err != nil {
		return Added{}, fmt.Errorf("store: add %s: later coverage: %w", a.Source, err)
	}
	if oldHash != "" {
		// Claims only the earlier version made, with no verdict, go with it.
		if err := s.dropOrphans(ctx, tx); err != nil {
			return Added{}, fmt.Errorf("store: replace %s: %w", a.Source, err)
		}
	}
	if !s.latest.IsZero() && seen.After(s.latest) {
		s.latest = seen
	}
	a.ID, a.Ingested = id, now
	return res, nil
}

func putArticle(ctx context.Context, tx *txn, id int64, a *claims.Article, hash string, now time.Time) (int64, error) {
	var pub any
	if a.Publisher != "" {
		if _, err := tx.ExecContext(ctx, `INSERT INTO publishers (name) VALUES (?) ON CONFLICT (name) DO NOTHING`, a.Publisher); err != nil {
			return 0, err
		}
		var pid int64
		if err := tx.QueryRowContext(ctx, `SELECT id FROM publishers WHERE name = ?`, a.Publisher).Scan(&pid); err != nil {
			return 0, err
		}
		pub = pid
	}
	authors, err := json.Marshal(nonNil(a.Authors))
	if err != nil {
		return 0, err
	}
	title := a.Title
	if title == "" {
		title = a.Source
	}
	args := []any{nullable(a.URL), title, pub, timeText(a.Published), string(authors), a.Body, hash, a.Source,
		now.UTC().Format(time.RFC3339), a.Language, a.TitleFromText}
	if id != 0 {
		_, err := tx.ExecContext(ctx, `UPDATE articles SET url = ?, title = ?, publisher_id = ?, published = ?,
			authors = ?, body = ?, hash = ?, source = ?, ingested_at = ?, language = ?, title_from_text = ?
			WHERE id = ?`, append(args, id)...)
		return id, err
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO articles (url, title, publisher_id, published, authors, body, hash,
		source, ingested_at, language, title_from_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
	if err != nil {
		return 0, err
	}
	return r.LastInsertId()
}

// addQuote stores one extracted quote as an appearance of its claim,
// creating the claim (and its speaker) the first time it is seen. It
// returns what makes articles already stored bear on the claim otherwise
// (stale): a claim new to the database, one now first seen earlier, one
// whose speaker changed (the articles that name the old speaker, too).
func addQuote(ctx context.Context, tx *txn, articleID int64, q claims.Quote, seen time.Time, res *Added) (stale []later, err error) {
	speaker, err := tx.speaker(ctx, q.Speaker, res)
	if err != nil {
		return nil, err
	}
	id := claims.ClaimID(q.Text, q.Speaker.Name)
	act := q.Act
	if act == "" {
		act = claims.Said
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO claims (id, text, norm, kind, speaker_id, prediction, first_seen, confidence, act)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
		id, q.Text, claims.NormalizeText(q.Text), string(q.Kind), nullID(speaker), q.Prediction, timeText(seen), q.Confidence, string(act))
	if err != nil {
		return nil, err
	}
	if n, _ := r.RowsAffected(); n > 0 {
		res.ClaimsNew++
		stale = append(stale, later{id: id})
		tx.s.claimAdded(speaker, id, q.Text, seen)
	} else {
		res.ClaimsSeen++
		var was, wasBy sql.NullString
		if err := tx.QueryRowContext(ctx, `SELECT first_seen, (SELECT name FROM speakers WHERE id = speaker_id) FROM claims WHERE id = ?`, id).Scan(&was, &wasBy); err != nil {
			return nil, err
		}
		// Its words as the earliest report gives them (of two on one
		// day, the first in order): the same ID may stand for "... 2024."
		// and "... 2024,".
		if _, err := tx.ExecContext(ctx, `UPDATE claims SET text = ?1, norm = ?2 WHERE id = ?3 AND text != ?1
			AND (first_seen > ?4 OR first_seen = ?4 AND text > ?1)`,
			q.Text, claims.NormalizeText(q.Text), id, timeText(seen)); err != nil {
			return nil, err
		}
		// An earlier report moves first_seen back and names the speaker
		// (of two on one day, the name first in order: the same words
		// from two people, met in any order, give the same claim); a
		// later one fills a missing speaker; one that reports it as
		// speech makes it speech.
		var by sql.NullInt64
		var byName sql.NullString
		var first string
		if err := tx.QueryRowContext(ctx, `UPDATE claims SET first_seen = min(first_seen, ?1),
			speaker_id = CASE
				WHEN speaker_id IS NULL OR ?2 IS NULL THEN coalesce(speaker_id, ?2)
				WHEN ?1 < first_seen THEN ?2
				WHEN ?1 = first_seen AND (SELECT name FROM speakers WHERE id = ?2) < (SELECT name FROM speakers WHERE id = claims.speaker_id) THEN ?2
				ELSE speaker_id END,
			confidence = max(confidence, ?3),
			act = CASE WHEN act = 'thought' OR ?4 = 'said' THEN ?4 ELSE act END WHERE id = ?5
			RETURNING speaker_id, (SELECT name FROM speakers WHERE id = claims.speaker_id), first_seen`,
			timeText(seen), nullID(speaker), q.Confidence, string(act), id).Scan(&by, &byName, &first); err != nil {
			return nil, err
		}
		if first != was.String || byName != wasBy {
			stale = append(stale, later{id: id})
		}
		if byName != wasBy && wasBy.Valid {
			stale = append(stale, later{id: id, speaker: wasBy.String})
		}
		tx.s.claimAdded(by.Int64, id, q.Text, parseTime(nullString(first))) // the claim as it now stands
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO appearances (claim_id, article_id, start, end, para_start, para_end,
		speaker_id, mention, role, cue, in_title, inside) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`,
		id, articleID, q.Span.Start, q.Span.End, q.Paragraph.Start, q.Paragraph.End, nullID(speaker),
		q.Speaker.Text, q.Speaker.Role, q.Cue, q.Headline, q.Inside)
	return stale, err
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// dropOrphans deletes the claims no article reports any more, unless they
// have a status on record or KeepClaim (a verdict file) keeps them.
func (s *Store) dropOrphans(ctx context.Context, tx *txn) error {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM claims WHERE
		NOT EXISTS (SELECT 1 FROM appearances p WHERE p.claim_id = claims.id) AND
		NOT EXISTS (SELECT 1 FROM statuses s WHERE s.claim_id = claims.id)`)
	if err != nil {
		return err
	}
	unreported, err := strings1(rows)
	if err != nil {
		return err
	}
	var drop []string
	for _, id := range unreported {
		if s.KeepClaim == nil || !s.KeepClaim(id) {
			drop = append(drop, id)
		}
	}
	// The articles that may have weighed a dropped claim against others
	// weigh the rest again, as if it had never been.
	relink := map[int64]bool{}
	for _, id := range drop {
		var first string
		if err := tx.QueryRowContext(ctx, `SELECT first_seen FROM claims WHERE id = ?`, id).Scan(&first); err != nil {
			return err
		}
		if err := laterArticles(ctx, tx, 0, parseTime(nullString(first)), []later{{id: id}}, relink); err != nil {
			return err
		}
	}
	for _, id := range drop {
		if _, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE id = ?`, id); err != nil {
			return err
		}
		if s.index != nil {
			s.index.drop(id)
		}
	}
	return relinkAll(ctx, tx, relink)
}
