// Package dbdump tells what a claims database holds, whatever order its
// rows were written in, for tests that compare two databases: a direct
// ingest and one from shards, one read forwards and one backwards, one
// written by many processes at once and one written in turn.
package dbdump

import (
	"database/sql"
	"fmt"
	"os"
	"sort"
	"strings"

	_ "github.com/mattn/go-sqlite3" // the SQLite driver
)

// Contents lists, one line each and sorted, the database's articles (by
// body hash), claims with their speaker's name and first-seen date, every
// appearance, speakers and later-coverage links with their scores. A file
// that does not exist yet, or has no tables yet, holds nothing.
func Contents(db string) (string, error) {
	if _, err := os.Stat(db); err != nil {
		return "", nil
	}
	conn, err := sql.Open("sqlite3", "file:"+db+"?mode=ro")
	if err != nil {
		return "", err
	}
	defer conn.Close()
	var tables int
	if err := conn.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'coverage'`).Scan(&tables); err != nil || tables == 0 {
		return "", err
	}
	var all []string
	for _, q := range []string{
		`SELECT 'article ' || hash || ' ' || coalesce(url, '') || ' ' || title || ' ' || coalesce(published, '') FROM articles`,
		`SELECT 'claim ' || id || ' ' || text || ' ' || coalesce((SELECT name FROM speakers WHERE id = speaker_id), '') || ' ' || first_seen FROM claims`,
		`SELECT 'appearance ' || p.claim_id || ' ' || a.hash || ' ' || p.start || ' ' || p.end || ' ' || coalesce(p.mention, '') FROM appearances p JOIN articles a ON a.id = p.article_id`,
		`SELECT 'speaker ' || name || ' ' || slug FROM speakers`,
		`SELECT 'coverage ' || c.claim_id || ' ' || a.hash || ' ' || round(c.score, 9) FROM coverage c JOIN articles a ON a.id = c.article_id`,
	} {
		rows, err := conn.Query(q)
		if err != nil {
			return "", err
		}
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				rows.Close()
				return "", err
			}
			all = append(all, line)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return "", err
		}
	}
	sort.Strings(all)
	return strings.Join(all, "\n"), nil
}

// Difference says where two Contents first differ, or "" when they do not.
func Difference(a, b string) string {
	if a == b {
		return ""
	}
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(x), len(y)) {
		if x[i] != y[i] {
			return fmt.Sprintf("first at line %d:\n%s\n%s", i+1, x[i], y[i])
		}
	}
	return fmt.Sprintf("%d lines and %d", len(x), len(y))
}
