package main

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// TestReresolve mends a database in which an older version made Hillary
// and Bill Clinton one speaker named "Bill Clinton" at hillary-clinton:
// read again with today's extraction, the two are two, Hillary keeps her
// page, and claims with verdicts are kept. An article not in English
// stays unanalysed.
func TestReresolve(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	write(t, dir, "in/a.txt", "Clinton on trade\n\nHillary Clinton said the trade deal would cost jobs in Ohio.\n")
	write(t, dir, "in/b.txt", "Clinton on the economy\n\nBill Clinton said the economy grew faster in the 1990s than it does now.\n")
	// Not in English: stored, never analysed, not even when read again.
	write(t, dir, "in/c.md", "+++\ntitle = \"Le port\"\nlanguage = \"fr\"\n+++\n\nMarie Dupont said the port will close.\n")
	if _, errOut, err := ingest(t, "", "-db", db, filepath.Join(dir, "in")); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	conn, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`UPDATE claims SET speaker_id = (SELECT id FROM speakers WHERE slug = 'hillary-clinton')`,
		`UPDATE appearances SET speaker_id = (SELECT id FROM speakers WHERE slug = 'hillary-clinton')`,
		`UPDATE speakers SET name = 'Bill Clinton' WHERE slug = 'hillary-clinton'`,
		`DELETE FROM speakers WHERE slug = 'bill-clinton'`,
	} {
		if _, err := conn.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	conn.Close()
	if got := speakers(t, db); got != "Bill Clinton=hillary-clinton" {
		t.Fatalf("before: %s", got)
	}
	out, errOut, err := ingest(t, "", "-db", db, "-reresolve")
	if err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	if !strings.Contains(out, "articles: 2 read again") || !strings.Contains(out, "1 before, 2 after") {
		t.Errorf("summary:\n%s", out)
	}
	if got, want := speakers(t, db), "Bill Clinton=bill-clinton|Hillary Clinton=hillary-clinton"; got != want {
		t.Errorf("after: %s, want %s", got, want)
	}
	if _, _, err := ingest(t, "", "-db", db, "-reresolve", filepath.Join(dir, "in")); err == nil {
		t.Error("-reresolve with paths: no error")
	}
}

// speakers lists a database's speakers as name=slug, by name.
func speakers(t *testing.T, db string) string {
	t.Helper()
	var names []string
	for _, sp := range load(t, db).Speakers {
		names = append(names, sp.Name+"="+sp.Slug)
	}
	return strings.Join(names, "|")
}
