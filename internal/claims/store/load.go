package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"claimtrack/internal/claims"
)

// Data is the whole database as the site renders it.
type Data struct {
	Articles []claims.Article // by publication date, newest first
	Speakers []claims.Speaker // by name
	Claims   []claims.Claim   // newest first seen first, then by place; appearances by article date
	Coverage []Coverage       // later articles linked to claims
	// Redirects are the slugs of speakers merged into others, with the
	// speaker each now belongs to.
	Redirects []Redirect
}

// Redirect is a published speaker slug that now belongs to another speaker.
type Redirect struct {
	Slug      string
	SpeakerID int64
}

// Coverage links a claim to a later article that bears on it.
type Coverage struct {
	ClaimID   string
	ArticleID int64
	Score     float64 // how closely the article's sentence matches the claim (higher is closer)
	Sentence  string  // the sentence of the article that matched
}

// Load reads everything the site needs as of one moment, so the pages of
// one build agree with each other. Its parts are read at once, each in a
// read transaction of its own (at 100,000 claims one after another took
// 1.8 s); every write transaction counts itself in the writes table, so
// the parts agree when each saw the same count. When a writer came in
// between, everything is read again in one transaction.
func (s *Store) Load(ctx context.Context) (*Data, error) {
	loads := []func(context.Context, *sql.Tx, *Data) error{loadArticles, loadSpeakers, loadClaims, loadCoverage, loadRedirects}
	d := &Data{}
	counts := make([]int64, len(loads))
	errs := make([]error, len(loads))
	var wg sync.WaitGroup
	for i, load := range loads {
		wg.Go(func() { counts[i], errs[i] = s.loadIn(ctx, d, load) }) // each fills fields of its own
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("store: load: %w", err)
	}
	if slices.Min(counts) == slices.Max(counts) {
		return d, nil
	}
	d = &Data{}
	if _, err := s.loadIn(ctx, d, loads...); err != nil {
		return nil, fmt.Errorf("store: load: %w", err)
	}
	return d, nil
}

// loadIn runs loads in one read transaction and says how many write
// transactions the database had counted when it began.
func (s *Store) loadIn(ctx context.Context, d *Data, loads ...func(context.Context, *sql.Tx, *Data) error) (int64, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var n int64
	if err := tx.QueryRowContext(ctx, `SELECT n FROM writes`).Scan(&n); err != nil {
		return 0, err
	}
	for _, load := range loads {
		if err := load(ctx, tx, d); err != nil {
			return 0, err
		}
	}
	return n, nil
}

func loadArticles(ctx context.Context, tx *sql.Tx, d *Data) error {
	rows, err := tx.QueryContext(ctx, `SELECT a.id, coalesce(a.url, ''), a.title, coalesce(p.name, ''), a.published,
		a.authors, a.body, a.source, a.ingested_at, a.language, a.title_from_text FROM articles a LEFT JOIN publishers p ON p.id = a.publisher_id
		ORDER BY coalesce(a.published, a.ingested_at) DESC, a.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a claims.Article
		var published, ingested sql.NullString
		var authors string
		if err := rows.Scan(&a.ID, &a.URL, &a.Title, &a.Publisher, &published, &authors, &a.Body, &a.Source, &ingested,
			&a.Language, &a.TitleFromText); err != nil {
			return err
		}
		a.Published, a.Ingested = parseTime(published), parseTime(ingested)
		if err := json.Unmarshal([]byte(authors), &a.Authors); err != nil {
			return fmt.Errorf("article %d: authors: %w", a.ID, err)
		}
		d.Articles = append(d.Articles, a)
	}
	return rows.Err()
}

func loadSpeakers(ctx context.Context, tx *sql.Tx, d *Data) error {
	rows, err := tx.QueryContext(ctx, `SELECT s.id, s.name, s.slug, s.kind, coalesce(group_concat(a.key, '|'), '')
		FROM speakers s LEFT JOIN speaker_aliases a ON a.speaker_id = s.id GROUP BY s.id ORDER BY s.name, s.id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var sp claims.Speaker
		var aliases string
		if err := rows.Scan(&sp.ID, &sp.Name, &sp.Slug, &sp.Kind, &aliases); err != nil {
			return err
		}
		sp.Aliases = strings.FieldsFunc(aliases, func(r rune) bool { return r == '|' })
		d.Speakers = append(d.Speakers, sp)
	}
	return rows.Err()
}

func loadClaims(ctx context.Context, tx *sql.Tx, d *Data) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, text, kind, coalesce(speaker_id, 0), prediction, first_seen, confidence, act
		FROM claims ORDER BY id`)
	if err != nil {
		return err
	}
	index := map[string]int{}
	for rows.Next() {
		var c claims.Claim
		var seen sql.NullString
		if err := rows.Scan(&c.ID, &c.Text, &c.Kind, &c.SpeakerID, &c.Prediction, &seen, &c.Confidence, &c.Act); err != nil {
			rows.Close()
			return err
		}
		c.FirstSeen = parseTime(seen)
		index[c.ID] = len(d.Claims)
		d.Claims = append(d.Claims, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = tx.QueryContext(ctx, `SELECT p.claim_id, p.article_id, p.start, p.end, p.para_start, p.para_end,
		coalesce(p.speaker_id, 0), p.mention, p.role, p.cue, p.in_title, p.inside FROM appearances p JOIN articles a ON a.id = p.article_id
		ORDER BY coalesce(a.published, a.ingested_at), a.id, p.start`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var p claims.Appearance
		if err := rows.Scan(&id, &p.ArticleID, &p.Span.Start, &p.Span.End, &p.Paragraph.Start, &p.Paragraph.End,
			&p.SpeakerID, &p.Mention, &p.Role, &p.Cue, &p.InTitle, &p.Inside); err != nil {
			return err
		}
		c := &d.Claims[index[id]]
		c.Appearances = append(c.Appearances, p)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	// Newest first; claims first seen together keep their order in the article.
	sort.SliceStable(d.Claims, func(i, j int) bool {
		a, b := &d.Claims[i], &d.Claims[j]
		if !a.FirstSeen.Equal(b.FirstSeen) {
			return a.FirstSeen.After(b.FirstSeen)
		}
		pa, pb := firstPlace(a), firstPlace(b)
		return pa.ArticleID < pb.ArticleID || pa.ArticleID == pb.ArticleID && pa.Span.Start < pb.Span.Start
	})
	return nil
}

// firstPlace is a claim's first appearance, or the zero one.
func firstPlace(c *claims.Claim) claims.Appearance {
	if len(c.Appearances) == 0 {
		return claims.Appearance{}
	}
	return c.Appearances[0]
}

func loadCoverage(ctx context.Context, tx *sql.Tx, d *Data) error {
	rows, err := tx.QueryContext(ctx, `SELECT claim_id, article_id, score, sentence FROM coverage ORDER BY claim_id, article_id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c Coverage
		if err := rows.Scan(&c.ClaimID, &c.ArticleID, &c.Score, &c.Sentence); err != nil {
			return err
		}
		d.Coverage = append(d.Coverage, c)
	}
	return rows.Err()
}

func loadRedirects(ctx context.Context, tx *sql.Tx, d *Data) error {
	rows, err := tx.QueryContext(ctx, `SELECT slug, speaker_id FROM speaker_redirects ORDER BY slug`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r Redirect
		if err := rows.Scan(&r.Slug, &r.SpeakerID); err != nil {
			return err
		}
		d.Redirects = append(d.Redirects, r)
	}
	return rows.Err()
}

// Snapshot writes a consistent copy of the whole database to file, which
// must not exist: VACUUM INTO writes it from a single read transaction,
// however busy the database is, and leaves out free pages. The same data
// gives the same bytes.
func (s *Store) Snapshot(ctx context.Context, file string) error {
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, file); err != nil {
		return fmt.Errorf("store: snapshot: %w", err)
	}
	// When this machine applied each migration is not data: the copy
	// leaves it out, so the same data always makes the same file.
	cp, err := sql.Open("sqlite3", "file:"+file+"?_secure_delete=on") // no trace of the old text in the file
	if err != nil {
		return fmt.Errorf("store: snapshot: %w", err)
	}
	_, err = cp.ExecContext(ctx, `UPDATE schema_migrations SET applied_at = ''`)
	if cerr := cp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("store: snapshot: %w", err)
	}
	return nil
}
