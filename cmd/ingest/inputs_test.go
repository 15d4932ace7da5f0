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
)

var update = flag.Bool("update", false, "rewrite testdata/inputs/*.golden.json from the current output")

// goldenArticle is what ingest makes of one article of an input file.
type goldenArticle struct {
	Title     string        `json:"title"`
	URL       string        `json:"url,omitempty"`
	Publisher string        `json:"publisher,omitempty"`
	Published string        `json:"published,omitempty"`
	Authors   []string      `json:"authors,omitempty"`
	Language  string        `json:"language,omitempty"`
	Untitled  bool          `json:"title_from_text,omitempty"` // the title is the first sentence
	Dropped   int           `json:"duplicates_dropped,omitempty"`
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
	t.Chdir("../../testdata/inputs") // errors name the file as given
	files, err := filepath.Glob("*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".golden.json") {
			continue
		}
		n++
		t.Run(f, func(t *testing.T) {
			var got any
			as, err := readArticles(input{f}, nil, limits{1 << 20, 1000})
			for i := range as {
				extractOne(&as[i], limits{1 << 20, 1000})
			}
			if err != nil {
				got = map[string]string{"error": err.Error()}
			} else {
				arts := []goldenArticle{}
				for _, a := range as {
					g := goldenArticle{Title: a.article.Title, URL: a.article.URL, Publisher: a.article.Publisher,
						Authors: a.article.Authors, Language: a.article.Language, Untitled: a.article.TitleFromText,
						Dropped: a.article.Duplicates, Body: strings.Split(a.article.Body, "\n\n"), Claims: []goldenClaim{}}
					if !a.article.Published.IsZero() {
						g.Published = a.article.Published.Format(time.RFC3339)
					}
					for _, q := range a.quotes {
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
