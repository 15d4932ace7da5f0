package main

import (
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
	"claimtrack/internal/corpus"
)

// TestIncrementalEqualsFull makes a sequence of changes to a synthetic
// corpus (a new article, an updated story, a new verdict, a speaker
// merge, a speaker renamed, a deleted verdict) and after each one builds the site twice: on
// top of the last build, rendering only what the fingerprints say
// changed, and from scratch into an empty folder. The two must be byte
// for byte the same, manifest of fingerprints included.
func TestIncrementalEqualsFull(t *testing.T) {
	dir := t.TempDir()
	db, inc, content := filepath.Join(dir, "claims.db"), filepath.Join(dir, "public"), filepath.Join(dir, "content")
	if _, _, err := corpus.Write(filepath.Join(dir, "corpus"), 300, 11); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(filepath.Join(content, "claims"), os.DirFS(filepath.Join(dir, "corpus", "claims"))); err != nil {
		t.Fatal(err)
	}
	arts, _ := filepath.Glob(filepath.Join(dir, "corpus", "articles", "*.md"))
	ingestFiles(t, db, arts...)
	args := []string{"-config", "../../site.toml", "-db", db, "-content", content, "-now", "2026-01-01"}

	var last string
	step := func(name string) {
		t.Helper()
		msg := build(t, append(args, "-out", inc)...)
		full := filepath.Join(t.TempDir(), "public")
		build(t, append(args, "-out", full)...)
		got, want := tree(t, inc), tree(t, full)
		if got != want {
			t.Fatalf("%s: the incremental build differs from a full one:\n%s", name, firstDifference(got, want))
		}
		if got == last {
			t.Fatalf("%s: the change changed nothing on the site, so it tests nothing", name)
		}
		last = got
		t.Logf("%s: %s", name, strings.SplitN(msg, "\n", 2)[0])
	}
	step("first build")

	var speaker, other, claim, story string
	sqlDB, err := sql.Open("sqlite3", db)
	if err != nil {
		t.Fatal(err)
	}
	defer sqlDB.Close()
	for _, q := range []struct {
		query string
		to    *string
	}{
		{"select name from speakers where id = (select speaker_id from claims group by speaker_id order by count(*) desc limit 1)", &speaker},
		{"select name from speakers where name like '% %' and id in (select speaker_id from claims) order by id desc limit 1", &other},
		{"select claim_id from appearances order by claim_id limit 1", &claim},
		{"select source from articles where url != '' order by id limit 1", &story},
	} {
		if err := sqlDB.QueryRow(q.query).Scan(q.to); err != nil {
			t.Fatalf("%s: %v", q.query, err)
		}
	}

	one := filepath.Join(dir, "one.md")
	os.WriteFile(one, fmt.Appendf(nil, "+++\ntitle = \"One more story\"\nurl = \"https://test.example/one-more\"\npublished = 2025-12-01\n+++\n\n\"We will publish the figures next week,\" %s said on Monday.\n", speaker), 0o644)
	ingestFiles(t, db, one)
	step("new article by " + speaker)

	src, err := os.ReadFile(story)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(story, append(src, "\n\"The numbers were wrong, and we have said so,\" a spokesman for the council said on Tuesday.\n"...), 0o644)
	ingestFiles(t, db, story)
	step("updated story " + filepath.Base(story))

	cfg := config.Defaults()
	file := filepath.Join(content, "claims", claim+".md")
	if err := verdict.Append(file, verdict.Entry{Status: "false", Date: day("2025-12-02"), Note: "The figures never came."}, cfg.Settable); err != nil {
		t.Fatal(err)
	}
	step("new verdict on " + claim)

	os.MkdirAll(filepath.Join(content, "speakers"), 0o755)
	profile := filepath.Join(content, "speakers", slugOf(t, sqlDB, speaker)+".md")
	os.WriteFile(profile, fmt.Appendf(nil, "+++\naliases = [%q]\n+++\n", other), 0o644)
	step("speaker merge of " + other + " into " + speaker)

	// Only words change: the name on every page that shows the speaker.
	os.WriteFile(profile, fmt.Appendf(nil, "+++\nname = \"%s Jr.\"\naliases = [%q]\n+++\n", speaker, other), 0o644)
	step("speaker renamed by the editors")

	os.Remove(file)
	step("deleted verdict")
}

func slugOf(t *testing.T, db *sql.DB, name string) string {
	t.Helper()
	var slug string
	if err := db.QueryRow("select slug from speakers where name = ?", name).Scan(&slug); err != nil {
		t.Fatal(err)
	}
	return slug
}

// tree is every file under out, by its path from out, with its bytes.
func tree(t *testing.T, out string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		fmt.Fprintf(&b, "== %s\n%s\n", rel, read(t, p))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// firstDifference shows where two trees part: the file and a little of
// each side.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	file := got[strings.LastIndex(got[:i], "\n== ")+1:]
	file, _, _ = strings.Cut(file, "\n")
	return fmt.Sprintf("%s\nincremental: %q\nfull:        %q", file, got[i:min(len(got), i+200)], want[i:min(len(want), i+200)])
}
