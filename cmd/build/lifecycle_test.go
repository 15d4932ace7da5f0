package main

import (
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/corpus"
)

// laterStory follows up the fixture's prediction; written for this test.
const laterStory = `+++
title = "Istanbul talks end with a prisoner swap, not a ceasefire"
publisher = "Test Wire"
published = 2025-06-02
+++

Delegations from Russia and Ukraine met in Istanbul on Monday, weeks after Donald Trump said the two would immediately start negotiations toward a ceasefire.

The talks ended with a deal to exchange prisoners but no ceasefire, officials said.
`

// TestLifecycle follows a prediction from pending to a verdict: later
// coverage puts it in the review queue, a recorded status takes it out and
// shows over its history, and a due date makes a pending prediction overdue.
func TestLifecycle(t *testing.T) {
	dir := t.TempDir()
	db, out, content := filepath.Join(dir, "claims.db"), filepath.Join(dir, "public"), filepath.Join(dir, "content")
	os.MkdirAll(filepath.Join(content, "claims"), 0o755)
	buildAt := func(now string) {
		t.Helper()
		build(t, "-config", "../../site.toml", "-db", db, "-content", content, "-out", out, "-now", now)
	}
	page := func(id string) string { return read(t, filepath.Join(out, "claims", id, "index.html")) }
	queue := func() string { return read(t, filepath.Join(out, "review", "index.html")) }
	prediction := claims.ClaimID("Russia and Ukraine will immediately start negotiations toward a Ceasefire and, more importantly, an END to the War.", "")
	conditions := claims.ClaimID("The conditions for that will be negotiated between the two parties, as it can only be, because they know details of a negotiation that nobody else would be aware of,", "")

	ingestFiles(t, db, "../../content/articles/trump-putin-call.md")
	buildAt("2025-05-20")
	if p := page(prediction); !strings.Contains(p, ">Pending</span>") {
		t.Fatal("a new prediction is not pending")
	}
	if strings.Contains(queue(), prediction) {
		t.Error("the prediction is in the review queue before any coverage")
	}

	later := filepath.Join(dir, "later.md")
	os.WriteFile(later, []byte(laterStory), 0o644)
	ingestFiles(t, db, later)
	buildAt("2025-06-02")
	p := page(prediction)
	for _, want := range []string{"Later coverage", "Istanbul talks end with a prisoner swap, not a ceasefire",
		"weeks after Donald Trump said the two would immediately start negotiations toward a ceasefire."} {
		if !strings.Contains(p, want) {
			t.Errorf("after later coverage, the claim page lacks %q", want)
		}
	}
	if !strings.Contains(queue(), "claims/"+prediction+"/") {
		t.Error("later coverage did not put the claim in the review queue")
	}

	file := filepath.Join(content, "claims", prediction+".md")
	scale := func(s string) (bool, bool) {
		switch s {
		case "pending", "not-fulfilled":
			return true, true
		}
		return false, s == "overdue"
	}
	for _, e := range []verdict.Entry{
		{Status: "pending", Date: day("2025-05-19")},
		{Status: "not-fulfilled", Date: day("2025-06-03"), Note: "Prisoner swaps, no ceasefire.",
			Evidence: []verdict.Evidence{{URL: "https://example.org/istanbul", Title: "Talks in Istanbul"}}},
	} {
		if err := verdict.Append(file, e, scale); err != nil {
			t.Fatal(err)
		}
	}
	buildAt("2025-06-04")
	p = page(prediction)
	status := strings.Index(p, `<section class="ruling"`)
	history := strings.Index(p, `id="history"`)
	if status < 0 || !strings.Contains(p[status:status+400], ">Not fulfilled</span>") ||
		!strings.Contains(p[status:], `<time datetime="2025-06-03">3 June 2025</time>`) || !strings.Contains(p[status:], "Prisoner swaps, no ceasefire.") {
		t.Error("the claim page's ruling box does not show the new status, its date and its note")
	}
	if history < 0 || !strings.Contains(p[history:], ">Pending</span>") || !strings.Contains(p[history:], ">Not fulfilled</span>") ||
		!strings.Contains(p[history:], `href="https://example.org/istanbul"`) || !strings.Contains(p[history:], "Prisoner swaps, no ceasefire.") {
		t.Error("the history lacks the statuses, the note or the evidence")
	}
	if strings.Index(p[history:], ">Pending</span>") > strings.Index(p[history:], ">Not fulfilled</span>") {
		t.Error("the history is not in date order")
	}
	if strings.Contains(queue(), "claims/"+prediction+"/") {
		t.Error("a claim with a status newer than its coverage stays in the queue")
	}

	// A pending prediction past its due date is overdue, and queued.
	os.WriteFile(filepath.Join(content, "claims", conditions+".md"),
		[]byte("+++\ndue = 2025-06-01\n\n[[status]]\nstatus = \"pending\"\ndate = 2025-05-19\n+++\n"), 0o644)
	buildAt("2025-05-25")
	if !strings.Contains(page(conditions), ">Pending</span>") {
		t.Error("before its due date the prediction is not pending")
	}
	buildAt("2025-07-01")
	if !strings.Contains(page(conditions), ">Overdue</span>") || !strings.Contains(queue(), "claims/"+conditions+"/") {
		t.Error("past its due date the prediction is not overdue and queued")
	}
	if s := read(t, filepath.Join(out, "status", "overdue", "index.html")); !strings.Contains(s, "claims/"+conditions+"/") {
		t.Error("the overdue status page does not list it")
	}
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestVerdictErrors fails the build on a bad verdict file, naming it; a
// verdict whose claim is missing fails it only with -strict.
func TestVerdictErrors(t *testing.T) {
	tests := []struct{ name, file, src, want string }{
		{"missing claim", "000000000000.md", "+++\n[[status]]\nstatus = \"false\"\ndate = 2025-01-01\n+++\n", "orphaned verdict files (-strict)"},
		{"unknown status", "84d4d0561d8d.md", "+++\n[[status]]\nstatus = \"wrong\"\ndate = 2025-01-01\n+++\n", "84d4d0561d8d.md:2: unknown status \"wrong\""},
		{"computed status", "84d4d0561d8d.md", "+++\n[[status]]\nstatus = \"overdue\"\ndate = 2025-01-01\n+++\n", "is computed by claimtrack"},
		{"bad date", "84d4d0561d8d.md", "+++\n[[status]]\nstatus = \"false\"\ndate = 2025-02-31\n+++\n", "84d4d0561d8d.md:4"},
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	ingestFiles(t, db, "../../content/articles/trump-putin-call.md")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			content := t.TempDir()
			os.MkdirAll(filepath.Join(content, "claims"), 0o755)
			os.WriteFile(filepath.Join(content, "claims", tt.file), []byte(tt.src), 0o644)
			var errOut strings.Builder
			err := run(t.Context(), []string{"-config", "../../site.toml", "-db", db, "-content", content, "-out", t.TempDir(), "-strict"}, io.Discard, &errOut)
			if err == nil || !strings.Contains(err.Error()+errOut.String(), tt.want) || !strings.Contains(err.Error()+errOut.String(), tt.file) {
				t.Errorf("build: %v (%s), want an error naming %s with %q", err, errOut.String(), tt.file, tt.want)
			}
		})
	}
}

// TestPublishedDatabase opens the database the demo site publishes in
// data/: a whole, consistent SQLite file with the claims the site was
// built from.
func TestPublishedDatabase(t *testing.T) {
	db, out := demoSite(t)
	count := func(file string) int {
		conn, err := sql.Open("sqlite3", "file:"+file+"?mode=ro")
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		var n int
		if err := conn.QueryRow(`SELECT count(*) FROM claims`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	want := count(db)
	conn, err := sql.Open("sqlite3", "file:"+filepath.Join(out, "data", "claims.db")+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var ok string
	var n int
	if err := conn.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check: %q %v", ok, err)
	}
	if err := conn.QueryRow(`SELECT count(*) FROM claims`).Scan(&n); err != nil || n != want || n == 0 {
		t.Errorf("the published database has %d claims (%v), the site's has %d", n, err, want)
	}
}

// TestRepeatableSite ingests one synthetic corpus into two new databases
// with the same clock and builds each: the two sites are byte for byte
// the same, the published database included.
func TestRepeatableSite(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := corpus.Write(dir, 400, 5); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "articles", "*.md"))
	var sites []map[string]string
	for _, name := range []string{"a", "b"} {
		db, out := filepath.Join(dir, name+".db"), filepath.Join(dir, name)
		ingestFiles(t, db, files...)
		build(t, "-config", "../../site.toml", "-db", db, "-content", filepath.Join(dir, "nothing"), "-out", out, "-now", "2026-01-01")
		site := map[string]string{}
		filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := os.ReadFile(p)
				rel, _ := filepath.Rel(out, p)
				site[rel] = string(b)
			}
			return err
		})
		sites = append(sites, site)
	}
	if len(sites[0]) < 100 || len(sites[0]) != len(sites[1]) {
		t.Fatalf("%d and %d files", len(sites[0]), len(sites[1]))
	}
	for rel, b := range sites[0] {
		if sites[1][rel] != b {
			t.Errorf("%s differs between the two builds", rel)
		}
	}
}

// TestOrphanedVerdict builds, without -strict, a site with a verdict file
// whose claim is not in the database: the build succeeds, warns naming
// the file, and the review page lists it as orphaned.
func TestOrphanedVerdict(t *testing.T) {
	dir := t.TempDir()
	db, out := filepath.Join(dir, "claims.db"), filepath.Join(dir, "public")
	ingestFiles(t, db, "../../content/articles/trump-putin-call.md")
	content := filepath.Join(dir, "content")
	os.MkdirAll(filepath.Join(content, "claims"), 0o755)
	os.WriteFile(filepath.Join(content, "claims", "000000000000.md"), []byte("+++\n[[status]]\nstatus = \"false\"\ndate = 2025-01-01\n+++\n"), 0o644)
	var errOut strings.Builder
	if err := run(t.Context(), []string{"-config", "../../site.toml", "-db", db, "-content", content, "-out", out}, io.Discard, &errOut); err != nil {
		t.Fatalf("build: %v", err)
	}
	if !strings.Contains(errOut.String(), "warning: ") || !strings.Contains(errOut.String(), "000000000000.md:1: no claim 000000000000") {
		t.Errorf("no warning naming the file: %q", errOut.String())
	}
	if review := read(t, filepath.Join(out, "review", "index.html")); !strings.Contains(review, "Orphaned verdicts") || !strings.Contains(review, "000000000000") {
		t.Error("the review page does not list the orphaned verdict")
	}
}
