package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/extract"
	"claimtrack/internal/claims/reader"
	"claimtrack/internal/claims/store"
	"claimtrack/internal/claims/store/dbdump"
	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
)

// TestVerdictFollowsItsClaim checks that a verdict survives a change of its
// claim's ID (here a database made again from an edited story): the build
// moves the file to the claim of the same source with the most similar
// text, says so and shows the verdict there; a file whose source reported
// nothing like it stays orphaned.
func TestVerdictFollowsItsClaim(t *testing.T) {
	dir := t.TempDir()
	content, out := filepath.Join(dir, "content"), filepath.Join(dir, "public")
	story := filepath.Join(dir, "story.md")
	write := func(quote string) {
		t.Helper()
		text := "+++\ntitle = \"Budget day\"\nurl = \"https://example.org/budget\"\npublished = 2025-03-01\n+++\n\n\"" + quote + ",\" Jane Roe said on Tuesday.\n"
		if err := os.WriteFile(story, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("We will cut taxes for every family in the country")
	db1 := filepath.Join(dir, "one.db")
	ingestFiles(t, db1, story)
	old := claims.ClaimID("We will cut taxes for every family in the country,", "Jane Roe")
	st, err := store.Open(t.Context(), db1)
	if err != nil {
		t.Fatal(err)
	}
	text, speaker, source, ok, err := st.Record(t.Context(), old)
	st.Close()
	if err != nil || !ok || source != "https://example.org/budget" || speaker != "Jane Roe" {
		t.Fatalf("record of %s: %q %q %q %v %v", old, text, speaker, source, ok, err)
	}
	cfg, err := config.Load("../../site.toml", false)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(content, "claims", old+".md")
	if err := verdict.Append(file, verdict.Entry{Status: "false", Date: day("2025-03-02"), Note: "Taxes rose."}, cfg.Settable); err != nil {
		t.Fatal(err)
	}
	if err := verdict.Describe(file, verdict.Record{Text: text, Speaker: speaker, Source: source}, cfg.Settable); err != nil {
		t.Fatal(err)
	}
	stray := filepath.Join(content, "claims", "0123456789ab.md")
	os.WriteFile(stray, []byte("+++\n[claim]\ntext = \"We will cut taxes for every family in the country,\"\nspeaker = \"Jane Roe\"\nsource = \"https://example.org/other\"\n\n[[status]]\nstatus = \"false\"\ndate = 2025-03-02\n+++\n"), 0o644)

	write("We will cut taxes for every working family in the country") // the story as updated
	db2 := filepath.Join(dir, "two.db")
	ingestFiles(t, db2, story)
	now := claims.ClaimID("We will cut taxes for every working family in the country,", "Jane Roe")
	var errOut strings.Builder
	if err := run(t.Context(), []string{"-config", "../../site.toml", "-db", db2, "-content", content, "-out", out, "-now", "2025-04-01"}, &strings.Builder{}, &errOut); err != nil {
		t.Fatalf("build: %v\n%s", err, errOut.String())
	}
	moved := filepath.Join(content, "claims", now+".md")
	if !strings.Contains(errOut.String(), old+".md: its claim is now "+now) {
		t.Errorf("the build did not say it moved the verdict: %q", errOut.String())
	}
	if _, err := os.Stat(file); err == nil {
		t.Error("the old verdict file is still there")
	}
	v, err := verdict.Read(moved, cfg.Settable)
	if err != nil {
		t.Fatalf("moved verdict: %v", err)
	}
	if len(v.Moved) != 1 || v.Moved[0].From != old || v.Moved[0].Date.Format("2006-01-02") != "2025-04-01" ||
		v.Claim.Text != "We will cut taxes for every working family in the country," || v.Current().Note != "Taxes rose." {
		t.Errorf("moved verdict: %+v", v)
	}
	if p := read(t, filepath.Join(out, "claims", now, "index.html")); !strings.Contains(p, "Taxes rose.") || !strings.Contains(p, "Verdict carried over") || !strings.Contains(p, old) {
		t.Error("the claim page does not show the moved verdict and its move")
	}
	if !strings.Contains(errOut.String(), "0123456789ab.md") || !strings.Contains(errOut.String(), "orphaned") {
		t.Errorf("a verdict whose source reported nothing like it was not left orphaned: %q", errOut.String())
	}
	if _, err := os.Stat(stray); err != nil {
		t.Error("the orphaned verdict file was moved or removed")
	}
}

// TestVerdictFollowsAnUpdatedStory checks the other way a claim is lost:
// the story is updated at its URL and ingest keeps the old claim only
// because its verdict file names it. The build moves the verdict to the
// claim the update makes, and the old claim, reported nowhere now and
// without a verdict, has no page.
func TestVerdictFollowsAnUpdatedStory(t *testing.T) {
	dir := t.TempDir()
	content, out, db := filepath.Join(dir, "content"), filepath.Join(dir, "public"), filepath.Join(dir, "claims.db")
	story := filepath.Join(dir, "story.md")
	cfg, err := config.Load("../../site.toml", false)
	if err != nil {
		t.Fatal(err)
	}
	ingestVersion := func(quote, day string) {
		t.Helper()
		text := "+++\ntitle = \"Budget day\"\nurl = \"https://example.org/budget\"\npublished = " + day + "\n+++\n\n\"" + quote + ",\" Jane Roe said on Tuesday.\n"
		os.WriteFile(story, []byte(text), 0o644)
		st, err := store.Open(t.Context(), db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		st.KeepClaim = func(id string) bool { _, err := os.Stat(filepath.Join(content, "claims", id+".md")); return err == nil }
		as, err := reader.Read(story, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.AddArticle(t.Context(), &as[0], extract.ExtractArticle(as[0].Title, as[0].Body), time.Unix(0, 0)); err != nil {
			t.Fatal(err)
		}
	}
	ingestVersion("We will cut taxes for every family in the country", "2025-03-01")
	old := claims.ClaimID("We will cut taxes for every family in the country,", "Jane Roe")
	file := filepath.Join(content, "claims", old+".md")
	if err := verdict.Append(file, verdict.Entry{Status: "false", Date: day("2025-03-02"), Note: "Taxes rose."}, cfg.Settable); err != nil {
		t.Fatal(err)
	}
	rec := verdict.Record{Text: "We will cut taxes for every family in the country,", Speaker: "Jane Roe", Source: "https://example.org/budget"}
	if err := verdict.Describe(file, rec, cfg.Settable); err != nil {
		t.Fatal(err)
	}
	ingestVersion("We will cut taxes for every working family in the country", "2025-03-02")
	if all, _ := dbdump.Contents(db); strings.Count(all, "\nclaim ") != 2 {
		t.Fatalf("the old claim was not kept for its verdict:\n%s", all)
	}
	var errOut strings.Builder
	if err := run(t.Context(), []string{"-config", "../../site.toml", "-db", db, "-content", content, "-out", out, "-now", "2025-04-01"}, &strings.Builder{}, &errOut); err != nil {
		t.Fatalf("build: %v\n%s", err, errOut.String())
	}
	now := claims.ClaimID("We will cut taxes for every working family in the country,", "Jane Roe")
	if !strings.Contains(errOut.String(), old+".md: its claim is now "+now) {
		t.Errorf("the build did not move the verdict: %q", errOut.String())
	}
	if p := read(t, filepath.Join(out, "claims", now, "index.html")); !strings.Contains(p, "Taxes rose.") {
		t.Error("the updated claim's page does not show the verdict")
	}
	if _, err := os.Stat(filepath.Join(out, "claims", old, "index.html")); err == nil {
		t.Error("the old claim, reported nowhere and without a verdict, still has a page")
	}
}
