package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"claimtrack/internal/claims/extract"
	"claimtrack/internal/claims/reader"
)

var update = flag.Bool("update", false, "rewrite testdata/inputs/*.golden.json from the current output")

// goldenArticle is what ingest makes of one article of an input file.
type goldenArticle struct {
	Title     string        `json:"title"`
	URL       string        `json:"url,omitempty"`
	Publisher string        `json:"publisher,omitempty"`
	Published string        `json:"published,omitempty"`
	Authors   []string      `json:"authors,omitempty"`
	Body      []string      `json:"body"` // the paragraphs
	Claims    []goldenClaim `json:"claims"`
}

type goldenClaim struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
}

// TestInputs reads every file of testdata/inputs as ingest does and
// compares the articles (metadata, paragraphs, claims) or the error with
// the file's .golden.json. Run with -update after a deliberate change.
func TestInputs(t *testing.T) {
	files, err := filepath.Glob("../../testdata/inputs/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.json") {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var got any
			as, err := reader.Read(filepath.Base(f), data)
			if err != nil {
				got = map[string]string{"error": err.Error()}
			} else {
				var arts []goldenArticle
				for _, a := range as {
					g := goldenArticle{Title: a.Title, URL: a.URL, Publisher: a.Publisher, Authors: a.Authors,
						Body: strings.Split(a.Body, "\n\n")}
					if !a.Published.IsZero() {
						g.Published = a.Published.Format(time.RFC3339)
					}
					for _, q := range extract.ExtractArticle(a.Title, a.Body) {
						g.Claims = append(g.Claims, goldenClaim{q.Text, q.Speaker.Name, string(q.Kind)})
					}
					arts = append(arts, g)
				}
				got = arts
			}
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			golden := f + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/ingest -run TestInputs -update)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("%s differs from %s:\n%s", f, golden, out)
			}
		})
	}
	if n == 0 {
		t.Fatal("no inputs in testdata/inputs")
	}
}
