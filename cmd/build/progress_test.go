package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestProgressAndPhases checks what a build tells a user at a terminal:
// a bar of pages rendered of the total with the rate, and the time each
// phase took.
func TestProgressAndPhases(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "claims.db")
	ingestFiles(t, db, "../../content/articles/trump-putin-call.md")
	var out, errOut strings.Builder
	if err := run(t.Context(), []string{"-config", "../../site.toml", "-db", db, "-out", filepath.Join(dir, "public"), "-progress"}, &out, &errOut); err != nil {
		t.Fatalf("build: %v\n%s", err, errOut.String())
	}
	if !regexp.MustCompile(`\r\[#+\] (\d+)/(\d+) pages, \d+/s `).MatchString(errOut.String()) || !strings.HasSuffix(errOut.String(), "\r\033[K") {
		t.Errorf("no progress bar, or not wiped: %q", errOut.String())
	}
	m := regexp.MustCompile(`\[#+\] (\d+)/(\d+) pages`).FindAllStringSubmatch(errOut.String(), -1)
	if last := m[len(m)-1]; last[1] != last[2] {
		t.Errorf("the bar ends at %s of %s pages", last[1], last[2])
	}
	for _, phase := range []string{"time: database read ", ", content read ", ", model ", ", pages planned ", ", pages rendered ", ", old files removed "} {
		if !strings.Contains(out.String(), phase) {
			t.Errorf("no %q in %q", phase, out.String())
		}
	}
}
