package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestProcessOrder checks that the writer is handed every input's articles
// in input order and, within an input, in the input's order, however many
// workers share the parts of a large input; that an input's last part is
// marked once; and that a writer's error stops the run without a hang (a
// hang fails the test by its time-out).
func TestProcessOrder(t *testing.T) {
	dir := t.TempDir()
	var lines strings.Builder
	for i := range 3*partSize + 1 { // four parts, the last of one article
		fmt.Fprintf(&lines, `{"title": "Story %d", "url": "https://example.org/%d", "text": "\"We will act on item %d,\" the mayor, Ann Lee, said."}`+"\n", i, i, i)
	}
	files := map[string]string{
		"a.md":    "+++\ntitle = \"First\"\n+++\n\n\"It works,\" Bob Hart said.\n",
		"b.jsonl": lines.String(),
		"d.txt":   "Last\n\n\"It ends here,\" Cy Dunn said.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ins := []input{{filepath.Join(dir, "a.md")}, {filepath.Join(dir, "b.jsonl")}, {filepath.Join(dir, "c.md")}, {filepath.Join(dir, "d.txt")}}
	run := func(workers int, stopAfter int) ([]string, error) {
		var got []string
		err := process(context.Background(), ins, workers, limits{1 << 20, 1000}, nil, func(r result) error {
			if r.err != nil {
				got = append(got, "error: "+filepath.Base(strings.SplitN(r.err.Error(), ":", 2)[0]))
			}
			for _, a := range r.articles {
				if len(a.quotes) != 1 {
					t.Errorf("%s: %d claims, want 1", a.article.Title, len(a.quotes))
				}
				got = append(got, a.article.Title)
			}
			if r.last {
				got = append(got, "end")
			}
			if stopAfter > 0 && len(got) >= stopAfter {
				return errors.New("stop")
			}
			return nil
		})
		return got, err
	}
	want := []string{"First", "end"}
	for i := range 3*partSize + 1 {
		want = append(want, fmt.Sprintf("Story %d", i))
	}
	want = append(want, "end", "error: c.md", "end", "Last", "end")
	for n := range 60 { // workers race to the end: many runs, many endings
		workers := 1 + n%5
		got, err := run(workers, 0)
		if err != nil {
			t.Fatalf("%d workers: %v", workers, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d workers handed\n%q\nwant\n%q", workers, got, want)
		}
		if _, err := run(workers, 4); err == nil || err.Error() != "stop" {
			t.Errorf("%d workers: a writer's error gave %v", workers, err)
		}
	}
}
