package main

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"claimtrack/internal/claims/store/dbdump"
	"claimtrack/internal/corpus"
)

// TestShards extracts a corpus in two shards with -dry-run -json and
// stores them with -load: the database is the one a direct ingest of the
// same files makes, articles, claims, speakers and coverage alike.
func TestShards(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := corpus.Write(dir, 1500, 13); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "articles", "*"))
	sort.Strings(files)
	var shards []string
	for i, part := range [][]string{files[:len(files)/2], files[len(files)/2:]} {
		out, errOut, err := ingest(t, "", append([]string{"-dry-run", "-json"}, part...)...)
		if err != nil {
			t.Fatalf("%v: %s", err, errOut)
		}
		shards = append(shards, write(t, dir, "shard"+string(rune('a'+i))+".jsonl", out))
	}
	loaded, direct := filepath.Join(dir, "loaded.db"), filepath.Join(dir, "direct.db")
	if _, errOut, err := ingest(t, "", append([]string{"-q", "-now", "2026-01-01", "-db", loaded, "-load"}, shards...)...); err != nil {
		t.Fatalf("-load: %v: %s", err, errOut)
	}
	if _, errOut, err := ingest(t, "", append([]string{"-q", "-now", "2026-01-01", "-db", direct}, files...)...); err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	a, b := contents(t, loaded), contents(t, direct)
	if len(b.appearances) < 100 {
		t.Fatalf("only %d articles stored", len(b.appearances))
	}
	if diff := dbdump.Difference(a.all, b.all); diff != "" {
		t.Fatalf("loaded from shards, the database differs from a direct ingest, %s", diff)
	}
}

// TestLoadBadLines checks that a line -load cannot read fails its article
// alone, named by file and line, and the articles around it are stored.
func TestLoadBadLines(t *testing.T) {
	dir := t.TempDir()
	var src []string
	for _, name := range []string{"a", "b", "c"} {
		src = append(src, write(t, dir, name+".txt", "Story "+name+"\n\n\"We will build bridge "+name+" next year,\" Mayor Ana Ruiz said.\n"))
	}
	out, errOut, err := ingest(t, "", append([]string{"-dry-run", "-json"}, src...)...)
	if err != nil {
		t.Fatalf("%v: %s", err, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 6 {
		t.Fatalf("%d lines, want an article and a claim for each of three:\n%s", len(lines), out)
	}
	lines[3] = lines[3][:len(lines[3])/2] // b's claim cut short
	shard := write(t, dir, "shard.jsonl", strings.Join(lines, "\n")+"\n")
	db := filepath.Join(dir, "claims.db")
	_, errOut, err = ingest(t, "", "-db", db, "-load", shard)
	if err == nil || !strings.Contains(errOut, shard+":4: not a line of ingest -dry-run -json") {
		t.Errorf("the bad line was not named: %v %q", err, errOut)
	}
	d := load(t, db)
	if len(d.Articles) != 2 || len(d.Claims) != 2 {
		t.Errorf("%d articles and %d claims stored, want a and c's", len(d.Articles), len(d.Claims))
	}
}
