package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// Search returns the IDs of claims whose text matches every word of query,
// best match (FTS5 bm25) first.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]string, error) {
	var terms []string
	for _, w := range strings.Fields(query) {
		terms = append(terms, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`) // each word a literal
	}
	if len(terms) == 0 {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT c.id FROM claims_fts f JOIN claims c ON c.rowid = f.rowid
		WHERE claims_fts MATCH ? ORDER BY bm25(claims_fts), c.rowid LIMIT ?`, "text : ("+strings.Join(terms, " ")+")", limit)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	return strings1(rows)
}

// strings1 reads the rows' one column of text, and closes them.
func strings1(rows *sql.Rows) ([]string, error) {
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Record is what a verdict file keeps of a claim (its text, its speaker's
// name and the first article that reported it: the URL, or the path of a
// file with none), so that the build can find the claim again should its ID
// change. ok is false when there is no such claim.
func (s *Store) Record(ctx context.Context, id string) (text, speaker, source string, ok bool, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT c.text, coalesce(sp.name, ''), coalesce(a.url, a.source)
		FROM claims c LEFT JOIN speakers sp ON sp.id = c.speaker_id
		JOIN appearances ap ON ap.claim_id = c.id JOIN articles a ON a.id = ap.article_id
		WHERE c.id = ? ORDER BY coalesce(a.published, a.ingested_at), a.id LIMIT 1`, id).Scan(&text, &speaker, &source)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", "", false, nil
	}
	if err != nil {
		return "", "", "", false, fmt.Errorf("store: %w", err)
	}
	return text, speaker, source, true, nil
}

// HasSpeaker reports whether a speaker has the slug, or had it before it
// was merged into another.
func (s *Store) HasSpeaker(ctx context.Context, slug string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM speakers WHERE slug = ?) + (SELECT count(*) FROM speaker_redirects WHERE slug = ?)`, slug, slug).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	return n > 0, nil
}
