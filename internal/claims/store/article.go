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
	if _, err := b.tx.Tx.ExecContext(ctx, `SAVEPOINT article`); err != nil {
		return Added{}, fmt.Errorf("store: add %s: %w", a.Source, err)
	}
	res, err := b.s.addArticle(ctx, b.tx, a, qs, now)
	if err != nil {
		b.tx.Tx.ExecContext(ctx, `ROLLBACK TO article`)
		b.s.forget() // what the store keeps in memory may hold what was rolled back
	}
	if _, rerr := b.tx.Tx.ExecContext(ctx, `RELEASE article`); rerr != nil && err == nil {
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
	// The same body, or an earlier version: by its URL, or without one by
	// the file that is the whole of it.
	err := tx.QueryRowContext(ctx, `SELECT id, hash FROM articles WHERE hash = ? OR (url = ? AND url IS NOT NULL)
		ORDER BY hash = ? DESC LIMIT 1`, hash, nullable(a.URL), hash).Scan(&id, &oldHash)
	if errors.Is(err, sql.ErrNoRows) && a.URL == "" && a.Whole {
		err = tx.QueryRowContext(ctx, `SELECT id, hash FROM articles WHERE source = ? AND url IS NULL`, a.Source).Scan(&id, &oldHash)
	}
	switch {
	case err == nil && oldHash == hash:
		return Added{ArticleID: id, Unchanged: true}, nil
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
	var ids, fresh []string // the article's claims, and those new to the database
	for _, q := range qs {
		cid := claims.ClaimID(q.Text, q.Speaker.Name)
		ids = append(ids, cid)
		before := res.ClaimsNew
		if err := addQuote(ctx, tx, id, q, seen, &res); err != nil {
			return Added{}, fmt.Errorf("store: add %s: claim at %d: %w", a.Source, q.Span.Start, err)
		}
		if res.ClaimsNew > before {
			fresh = append(fresh, cid)
		}
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
// creating the claim (and its speaker) the first time it is seen.
func addQuote(ctx context.Context, tx *txn, articleID int64, q claims.Quote, seen time.Time, res *Added) error {
	speaker, created, err := resolveSpeaker(ctx, tx, q.Speaker)
	if err != nil {
		return err
	}
	if created {
		res.SpeakersNew++
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
		return err
	}
	if n, _ := r.RowsAffected(); n > 0 {
		res.ClaimsNew++
		tx.s.claimAdded(speaker, id, q.Text, seen)
	} else {
		res.ClaimsSeen++
		// An earlier report moves first_seen back; a later one fills a
		// missing speaker; one that reports it as speech makes it speech.
		if _, err := tx.ExecContext(ctx, `UPDATE claims SET first_seen = min(first_seen, ?),
			speaker_id = coalesce(speaker_id, ?), confidence = max(confidence, ?),
			act = CASE WHEN act = 'thought' OR ? = 'said' THEN ? ELSE act END WHERE id = ?`,
			timeText(seen), nullID(speaker), q.Confidence, string(act), string(act), id); err != nil {
			return err
		}
		if tx.s.index != nil { // the claim as it now stands: its speaker may be another than this report's
			var by sql.NullInt64
			var first string
			if err := tx.QueryRowContext(ctx, `SELECT speaker_id, first_seen FROM claims WHERE id = ?`, id).Scan(&by, &first); err != nil {
				return err
			}
			tx.s.claimAdded(by.Int64, id, q.Text, parseTime(nullString(first)))
		}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO appearances (claim_id, article_id, start, end, para_start, para_end,
		speaker_id, mention, role, cue, in_title, inside) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`,
		id, articleID, q.Span.Start, q.Span.End, q.Paragraph.Start, q.Paragraph.End, nullID(speaker),
		q.Speaker.Text, q.Speaker.Role, q.Cue, q.Headline, q.Inside)
	return err
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
	var drop []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		if s.KeepClaim == nil || !s.KeepClaim(id) {
			drop = append(drop, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range drop {
		if _, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE id = ?`, id); err != nil {
			return err
		}
	}
	if len(drop) > 0 {
		s.index = nil // it would still hold them
	}
	return nil
}
