package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLexgen derives the lists from a small corpus written here.
func TestLexgen(t *testing.T) {
	dir := t.TempDir()
	var corpus strings.Builder
	for i := 0; i < 5; i++ { // "said" is a cue each time it stands; "praised" once in two
		corpus.WriteString(`{"text": "Smith said the plan was good. Regardless, the plan failed. Jones praised it. Jones praised it again, but regardless of that it failed regardless.", "quotes": [{"cue_text": "said"}, {"cue_text": "praised"}]}` + "\n")
	}
	// "worried about" opens content three times in five (spans count in
	// characters: "é" is one); "talked about" never does; "Trump about"
	// does as often, but a name is no cue.
	for i := 0; i < 5; i++ {
		spans, jobs := `[]`, `[]`
		if i < 3 {
			spans, jobs = `[[19, 24]]`, `[[72, 76]]`
		}
		corpus.WriteString(`{"text": "José worried about taxes. Ann talked about rain. They asked Trump about jobs.", "quotes": [{"cue_text": "worried", "spans": ` +
			spans + `}, {"cue_text": "asked", "spans": ` + jobs + `}]}` + "\n")
	}
	train := writeLists(t, dir, corpus.String())
	cues, _ := os.ReadFile(filepath.Join(dir, "lexicon_cues.txt"))
	if got := string(cues); got != "asked 1.00\npraised 0.50\nsaid 1.00\nworried 1.00\n" {
		t.Errorf("cues:\n%s", got)
	}
	common, _ := os.ReadFile(filepath.Join(dir, "lexicon_common.txt"))
	words := strings.Fields(string(common))
	has := func(w string) bool {
		for _, x := range words {
			if x == w {
				return true
			}
		}
		return false
	}
	if !has("regardless") || !has("plan") || has("smith") || has("jones") {
		t.Errorf("common words: %v", words)
	}
	topics, _ := os.ReadFile(filepath.Join(dir, "lexicon_topics.txt"))
	if got := string(topics); got != "worried about 0.60\n" {
		t.Errorf("topics:\n%s", got)
	}
	if err := run([]string{"-model", "-train", train, "-out", dir}, io.Discard); err != nil {
		t.Fatal(err)
	}
	model, _ := os.ReadFile(filepath.Join(dir, "statement.model"))
	if lines := strings.Split(strings.TrimSpace(string(model)), "\n"); len(lines) < 5 || len(strings.Fields(lines[0])) != 2 {
		t.Errorf("statement.model: %d lines, first %q", len(lines), lines[0])
	}
	if err := run([]string{"-train", filepath.Join(dir, "none.jsonl")}, io.Discard); err == nil {
		t.Error("a missing corpus is not an error")
	}
}

// TestStemBackoff checks that a form too rare to score on its own takes the
// score of its verb's forms together.
func TestStemBackoff(t *testing.T) {
	dir := t.TempDir()
	var corpus strings.Builder
	for i := 0; i < 10; i++ {
		corpus.WriteString(`{"text": "Jones praised it.", "quotes": [{"cue_text": "praised"}]}` + "\n")
	}
	for i := 0; i < 2; i++ {
		corpus.WriteString(`{"text": "Ann praises it.", "quotes": []}` + "\n")
	}
	writeLists(t, dir, corpus.String())
	cues, _ := os.ReadFile(filepath.Join(dir, "lexicon_cues.txt"))
	if got := string(cues); got != "praised 1.00\npraises 0.83\n" {
		t.Errorf("cues:\n%s", got)
	}
	for w, want := range map[string]string{"proposes": "propos", "proposed": "propos", "proposing": "propos",
		"propose": "propos", "denied": "deni", "denies": "deni", "said": "said", "according": "accord"} {
		if got := stem(w); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}

// writeLists writes a corpus of annotated articles into dir, derives the
// word lists from it there and returns the corpus's path.
func writeLists(t *testing.T, dir, corpus string) string {
	t.Helper()
	train := filepath.Join(dir, "train.jsonl")
	if err := os.WriteFile(train, []byte(corpus), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-train", train, "-out", dir}, io.Discard); err != nil {
		t.Fatal(err)
	}
	return train
}
