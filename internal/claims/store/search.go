package store

import (
	"context"
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
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// HasClaim reports whether a claim with this ID is stored.
func (s *Store) HasClaim(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM claims WHERE id = ?`, id).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	return n > 0, nil
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
