package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEditedFileReplacesItself checks that a file with no URL is known by
// its path: edited and ingested again, it replaces its earlier version
// (and the claims only that version made), and the summary says so.
func TestEditedFileReplacesItself(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	f := write(t, dir, "note.txt", "Council notes\n\n\"We will open three libraries next year,\" Mayor Ana Ruiz said.\n")
	if _, errOut, err := ingest(t, "", "-db", db, f); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	os.WriteFile(f, []byte("Council notes\n\n\"We will open two libraries next year,\" Mayor Ana Ruiz said.\n"), 0o644)
	out, errOut, err := ingest(t, "", "-db", db, f)
	if err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	if !strings.Contains(out, "articles: 1 read, 0 new, 1 replaced (an updated version), 0 unchanged") {
		t.Errorf("summary: %q", out)
	}
	d := load(t, db)
	if len(d.Articles) != 1 || len(d.Claims) != 1 || !strings.Contains(d.Claims[0].Text, "two libraries") {
		t.Errorf("after the edit: %d articles, claims %+v", len(d.Articles), d.Claims)
	}
	// Another file with the same words is another article all the same
	// once edited: only its own path replaces it.
	g := write(t, dir, "other.txt", "Council notes\n\n\"We will open four libraries next year,\" Mayor Ana Ruiz said.\n")
	if _, errOut, err := ingest(t, "", "-db", db, g); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	if d := load(t, db); len(d.Articles) != 2 {
		t.Errorf("another file replaced the first: %d articles", len(d.Articles))
	}
}

// TestOnlyWebAddresses checks that a URL that is no http(s) address is
// dropped with a warning naming the file, and the article stored.
func TestOnlyWebAddresses(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	for i, u := range []string{"javascript:alert(1)", "data:text/html,hi", "/news/relative"} {
		f := write(t, dir, "a"+string(rune('0'+i))+".md", "+++\ntitle = \"T\"\nurl = \""+u+"\"\n+++\n\n\"We will build a bridge over the river,\" Jane Roe said of plan "+string(rune('A'+i))+".\n")
		_, errOut, err := ingest(t, "", "-db", db, f)
		if err != nil {
			t.Fatalf("%v: %s", err, errOut)
		}
		if !strings.Contains(errOut, f+": warning: url \""+u+"\" is no http(s) address") {
			t.Errorf("no warning for %q: %q", u, errOut)
		}
	}
	for _, a := range load(t, db).Articles {
		if a.URL != "" {
			t.Errorf("stored URL %q", a.URL)
		}
	}
}

// TestClaimsCap checks that an article with more claims than
// max_claims_per_article keeps the most confident ones, with a warning.
func TestClaimsCap(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	cfg := write(t, dir, "site.toml", "max_claims_per_article = 3\n")
	var b strings.Builder
	b.WriteString("Many quotes\n\n")
	for i := range 6 {
		b.WriteString("\"We will build bridge number " + string(rune('A'+i)) + " over the river next year,\" Jane Roe said.\n\n")
	}
	f := write(t, dir, "many.txt", b.String())
	_, errOut, err := ingest(t, "", "-config", cfg, "-db", db, f)
	if err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	if !strings.Contains(errOut, f+": warning: 6 claims found, only the 3 most confident kept") {
		t.Errorf("no warning: %q", errOut)
	}
	if d := load(t, db); len(d.Claims) != 3 {
		t.Errorf("%d claims stored, want 3", len(d.Claims))
	}
}

// TestOlderVersionKept checks that the order of the inputs does not
// decide which version of a story is kept: an older version met after a
// newer one (same URL) is not stored, and the summary says so.
func TestOlderVersionKept(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	story := func(name, date, number string) string {
		return write(t, dir, name, "+++\ntitle = \"Libraries\"\nurl = \"https://example.org/libraries\"\npublished = "+date+"\n+++\n\n\"We will open "+number+" libraries next year,\" Mayor Ana Ruiz said.\n")
	}
	newer, older := story("newer.md", "2025-03-02", "two"), story("older.md", "2025-03-01", "three")
	if _, errOut, err := ingest(t, "", "-db", db, newer); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	out, errOut, err := ingest(t, "", "-db", db, older)
	if err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	if !strings.Contains(out, "1 older than the version stored, not stored") {
		t.Errorf("summary: %q", out)
	}
	if d := load(t, db); len(d.Claims) != 1 || !strings.Contains(d.Claims[0].Text, "two libraries") {
		t.Errorf("the older version replaced the newer: %+v", d.Claims)
	}
}
