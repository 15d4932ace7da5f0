package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"claimtrack/internal/claims/store"
)

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const story1 = "Mayor promises buses\n\n\"Every neighbourhood will have a fast bus,\" Mayor Elena Rivera said.\n"
const story2 = "+++\ntitle = \"Council doubts\"\npublisher = \"City Paper\"\npublished = 2025-05-20\n+++\n\n" +
	"\"The numbers simply do not add up,\" Councilman David Okafor said.\n"

func ingest(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestIngestDirectory(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	write(t, dir, "in/a.txt", story1)
	write(t, dir, "in/sub/b.md", story2)
	write(t, dir, "in/notes.json", "{}") // not an article file: not read from a directory
	out, errOut, err := ingest(t, "", "-db", db, filepath.Join(dir, "in"))
	if err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	want := "articles: 2 read, 2 new, 0 unchanged, 0 failed\nclaims: 2 new, 0 seen again; speakers: 2 new\ntime: "
	if !strings.HasPrefix(out, want) || !regexp.MustCompile(`\ntime: [0-9.]+m?s in all; reading and extracting [0-9.]+[mµ]?s \(on [0-9]+ workers\); storing [0-9.]+[mµ]?s\n$`).MatchString(out) {
		t.Errorf("summary:\n%s\nwant:\n%s...", out, want)
	}
	out, _, err = ingest(t, "", "-db", db, filepath.Join(dir, "in"))
	if err != nil || !strings.Contains(out, "2 read, 0 new, 2 unchanged") || !strings.Contains(out, "claims: 0 new") {
		t.Errorf("second run: %v\n%s", err, out)
	}
	d := load(t, db)
	if len(d.Articles) != 2 || len(d.Claims) != 2 {
		t.Fatalf("stored %d articles, %d claims", len(d.Articles), len(d.Claims))
	}
	titles := d.Articles[0].Title + "|" + d.Articles[1].Title
	if !strings.Contains(titles, "Council doubts") || !strings.Contains(titles, "Mayor promises buses") {
		t.Errorf("titles %s", titles)
	}
}

func TestIngestFailuresAreNamed(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	good := write(t, dir, "good.txt", story1)
	bad := write(t, dir, "bad.md", "+++\ntitle = \"T\"\nauthor = \"X\"\n+++\nBody.\n")
	empty := write(t, dir, "empty.txt", "\n\n")
	dangling := filepath.Join(dir, "gone.txt") // an unreadable file: a link to nothing
	if err := os.Symlink(filepath.Join(dir, "nowhere.txt"), dangling); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := ingest(t, "", "-db", db, good, bad, empty, filepath.Join(dir, "missing.txt"), filepath.Join(dir, "*.xml"), dangling)
	if !errors.Is(err, errReported) {
		t.Fatalf("err = %v, want a failed run", err)
	}
	for _, want := range []string{
		bad + ": front matter: unknown key author",
		empty + ": no text in file",
		filepath.Join(dir, "missing.txt") + ": no such file or directory",
		filepath.Join(dir, "*.xml") + ": no files match",
		dangling + ": no such file or directory",
	} {
		if !strings.Contains(errOut, "ingest: "+want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if !strings.Contains(out, "articles: 1 read, 1 new, 0 unchanged, 5 failed") {
		t.Errorf("summary: %s", out)
	}
}

func TestIngestStdinAndGlob(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	write(t, dir, "x1.txt", story1)
	write(t, dir, "x2.md", story2)
	out, errOut, err := ingest(t, story1+"\nMore text.\n", "-db", db, "-", filepath.Join(dir, "x*"))
	if err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	// stdin and x1.txt differ by a line, so both are new; their shared quote is one claim.
	if !strings.Contains(out, "3 read, 3 new") || !strings.Contains(out, "claims: 2 new, 1 seen again") {
		t.Errorf("summary: %s", out)
	}
}

func TestIngestFlags(t *testing.T) {
	dir := t.TempDir()
	cfg := write(t, dir, "site.toml", "databse = \"x.db\"\n")
	tests := []struct {
		args []string
		want string
	}{
		{nil, "no input"},
		{[]string{"-json", "a.txt"}, "-json goes with -dry-run"},
		{[]string{"-config", cfg, "a.txt"}, "unknown setting databse"},
		{[]string{"-config", filepath.Join(dir, "none.toml"), "a.txt"}, "no such file"},
	}
	for _, tt := range tests {
		_, _, err := ingest(t, "", tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ingest %v: %v, want an error with %q", tt.args, err, tt.want)
		}
	}
}

func TestDryRunTouchesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	f := write(t, dir, "a.txt", story1)
	out, _, err := ingest(t, "", "-db", db, "-dry-run", f)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, f+":") || !strings.Contains(out, "Elena Rivera\tdirect\tEvery neighbourhood") {
		t.Errorf("dry run printed:\n%s", out)
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("dry run created the database: %v", err)
	}
}

// TestHeadlineClaims finds a quote in a title and gives its offsets in the
// file, as the scorer reads them.
func TestHeadlineClaims(t *testing.T) {
	dir := t.TempDir()
	src := "\n\u2018We will not give up our land,\u2019 Zelenskyy says\n\nUkrainian President Volodymyr Zelenskyy spoke in Kyiv on Monday.\n"
	f := write(t, dir, "h.txt", src)
	out, _, err := ingest(t, "", "-dry-run", "-json", f)
	if err != nil {
		t.Fatal(err)
	}
	var c line
	if err := json.Unmarshal([]byte(strings.Split(out, "\n")[1]), &c); err != nil { // after the article's line
		t.Fatal(err)
	}
	if !c.Headline || c.Text != "We will not give up our land," || src[c.Start:c.End] != c.Text ||
		c.Speaker == nil || *c.Speaker != "Volodymyr Zelenskyy" {
		t.Errorf("headline claim %+v", c)
	}
}

// TestIngestMixedInputs ingests the input corpus as a directory: each good
// file's articles are stored, each bad one named once, nothing of it kept.
func TestIngestMixedInputs(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	cfg := write(t, dir, "site.toml", "max_input_bytes = 1500\n")
	out, errOut, err := ingest(t, "", "-config", cfg, "-db", db, "../../testdata/inputs")
	if !errors.Is(err, errReported) {
		t.Fatalf("err = %v, want failures reported", err)
	}
	// Each file is refused for the reason its golden gives, or for its size.
	goldens, err := filepath.Glob("../../testdata/inputs/*.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, g := range goldens {
		f := strings.TrimSuffix(g, ".golden.json")
		var golden struct{ Error string }
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		_ = json.Unmarshal(data, &golden) // an array of articles leaves Error empty
		info, err := os.Stat(f)
		if err != nil {
			t.Fatal(err)
		}
		reason := strings.TrimPrefix(golden.Error, filepath.Base(f)+":")
		if info.Size() > 1500 {
			reason = " larger than max_input_bytes (1500 bytes)"
		} else if golden.Error == "" {
			continue // read
		}
		want++
		if !strings.Contains(errOut, filepath.Base(f)+":"+reason) {
			t.Errorf("stderr lacks %q:\n%s", filepath.Base(f)+":"+reason, errOut)
		}
	}
	if strings.Count(errOut, "ingest: ") != want || want < 8 {
		t.Errorf("%d failures reported, want %d:\n%s", strings.Count(errOut, "ingest: "), want, errOut)
	}
	d := load(t, db)
	var titles []string
	for _, a := range d.Articles {
		titles = append(titles, a.Title)
	}
	got := strings.Join(titles, "|")
	for _, want := range []string{"Port chief promises faster ferries", "Dock workers reject pay offer", "Tide tables for the week",
		"Governor vows to reopen the pass", "Minister says grain deal holds", "Water board promises lower rates", "Fête des vignerons"} {
		if !strings.Contains(got, want) {
			t.Errorf("no article %q among %s", want, got)
		}
	}
	if strings.Contains(got, "broken") || strings.Contains(got, "Mayor vows") {
		t.Errorf("a rejected input left an article: %s", got)
	}
	if !strings.Contains(out, "failed") {
		t.Errorf("summary: %s", out)
	}
}

// TestLargeFeed ingests a feed of 500 items in one run, each an article.
func TestLargeFeed(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Big Wire</title>`)
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&b, `<item><title>Story %d</title><link>https://wire.example/%d</link>`+
			`<pubDate>Mon, 19 May 2025 10:00:00 +0000</pubDate><description>&quot;Number %d will pass,&quot; Senator Jane Roe said.</description></item>`, i, i, i)
	}
	b.WriteString(`</channel></rss>`)
	f := write(t, dir, "big.rss", b.String())
	db := filepath.Join(dir, "claims.db")
	out, errOut, err := ingest(t, "", "-db", db, f)
	if err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	if !strings.Contains(out, "articles: 500 read, 500 new") || !strings.Contains(out, "claims: 500 new") {
		t.Errorf("summary: %s", out)
	}
}

// load reads back everything a run stored in the database at db.
func load(t *testing.T, db string) *store.Data {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d, err := st.Load(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestFeedDuplicatesAndLanguages ingests a feed whose items share a link
// and one in French: the summary says what was merged and what was not
// analysed, the newer duplicate is the one stored, the French article is
// stored with its language and no claims, and titles taken from the text
// stay marked.
func TestFeedDuplicatesAndLanguages(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	out, errOut, err := ingest(t, "", "-db", db, "../../testdata/inputs/feed-duplicate-links.rss", "../../testdata/inputs/feed-french.rss",
		"../../testdata/inputs/feed-untitled-items.atom")
	if err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	want := "articles: 5 read, 5 new, 0 unchanged, 0 failed; 1 not in English, stored without analysis; " +
		"1 feed item dropped for a newer item with the same link\n"
	if !strings.HasPrefix(out, want) {
		t.Errorf("summary:\n%s\nwant it to start:\n%s", out, want)
	}
	d := load(t, db)
	langs := map[string]string{}
	untitled := 0
	for _, a := range d.Articles {
		langs[a.Title] = a.Language
		if a.TitleFromText {
			untitled++
		}
	}
	if untitled != 2 {
		t.Errorf("%d titles marked as taken from the text, want 2", untitled)
	}
	if len(d.Articles) != 5 || langs["Ferry strike called off (updated)"] != "en" || langs["Le port garde ses traversées de nuit"] != "fr" {
		t.Errorf("articles and languages: %v", langs)
	}
	if _, old := langs["Ferry strike set for Friday"]; old {
		t.Error("the older item with the same link was stored")
	}
	for _, c := range d.Claims {
		for _, p := range c.Appearances {
			for _, a := range d.Articles {
				if a.ID == p.ArticleID && a.Language == "fr" {
					t.Errorf("claim %q from the French article", c.Text)
				}
			}
		}
	}
}
