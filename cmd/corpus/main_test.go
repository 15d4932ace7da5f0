package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCorpus writes the same corpus twice from one seed, and another from
// another seed: the first two are byte for byte the same, the third is
// not; the articles parse as front matter with a body, and some claims
// have verdict files.
func TestCorpus(t *testing.T) {
	write := func(seed string) string {
		dir := t.TempDir()
		if err := run(context.Background(), []string{"-claims", "400", "-out", dir, "-seed", seed}, io.Discard); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	read := func(dir string) map[string]string {
		files := map[string]string{}
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				b, _ := os.ReadFile(p)
				rel, _ := filepath.Rel(dir, p)
				files[rel] = string(b)
			}
			return err
		})
		return files
	}
	a, b, c := read(write("1")), read(write("1")), read(write("2"))
	if len(a) < 40 || len(a) != len(b) {
		t.Fatalf("%d and %d files", len(a), len(b))
	}
	verdicts := 0
	for name, text := range a {
		if b[name] != text {
			t.Errorf("%s differs between two runs with one seed", name)
		}
		if strings.HasPrefix(name, "claims"+string(filepath.Separator)) {
			verdicts++
		} else if !strings.HasPrefix(text, "+++\ntitle = ") || !strings.Contains(text, "\n+++\n\n") {
			t.Errorf("%s is not an article with front matter", name)
		}
	}
	if verdicts == 0 {
		t.Error("no verdict files")
	}
	same := 0
	for name, text := range c {
		if a[name] == text {
			same++
		}
	}
	if same == len(c) {
		t.Error("another seed wrote the same corpus")
	}
}
