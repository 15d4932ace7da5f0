package verdict

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestMatch(t *testing.T) {
	v := &Verdict{Claim: Record{Text: "We will cut taxes for every family.", Speaker: "Jane Roe", Source: "https://example.org/a"}}
	cands := []Candidate{
		{ID: "other-source", Text: "We will cut taxes for every family.", Speaker: "Jane Roe", Sources: []string{"https://example.org/b"}},
		{ID: "unlike", Text: "The budget is balanced.", Speaker: "Jane Roe", Sources: []string{"https://example.org/a"}},
		{ID: "edited", Text: "We will cut taxes for every working family.", Speaker: "Jane Roe", Sources: []string{"https://example.org/a"}},
		{ID: "renamed", Text: "We will cut taxes for every family.", Speaker: "Jane A. Roe", Sources: []string{"https://example.org/c", "https://example.org/a"}},
	}
	none := func(string) bool { return false }
	tests := []struct {
		name  string
		v     *Verdict
		taken func(string) bool
		want  int
	}{
		{"the same words under a new speaker name win over an edit", v, none, 3},
		{"a claim with its own verdict is passed over", v, func(id string) bool { return id == "renamed" }, 2},
		{"nothing alike enough", v, func(id string) bool { return id == "renamed" || id == "edited" }, -1},
		{"a file that records nothing", &Verdict{}, none, -1},
	}
	for _, tt := range tests {
		if got := Match(tt.v, cands, tt.taken); got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestDescribe checks that the claim's record goes where TOML allows it
// (after the keys, before the tables), replaces the one before, survives
// the other writers, and that any control character in a note is escaped.
func TestDescribe(t *testing.T) {
	f := filepath.Join(t.TempDir(), "84d4d0561d8d.md")
	os.WriteFile(f, []byte(good), 0o644)
	rec := Record{Text: "Talks \"will\" start.\x01", Speaker: "Donald Trump", Source: "https://example.org/a"}
	for range 2 {
		if err := Describe(f, rec, scale); err != nil {
			t.Fatal(err)
		}
	}
	if err := Append(f, Entry{Status: "false", Date: day(t, "2025-07-01"), Note: "a bell\x07 and a tab\t"}, scale); err != nil {
		t.Fatal(err)
	}
	if err := Correct(f, Correction{Speaker: "donald-trump"}, scale); err != nil {
		t.Fatal(err)
	}
	v, err := Read(f, scale)
	if err != nil {
		t.Fatal(err)
	}
	if v.Claim != rec || v.Speaker != "donald-trump" || len(v.Tags) != 2 || v.Current().Note != "a bell\x07 and a tab\t" || len(v.Entries) != 3 {
		t.Errorf("verdict after the writers: %+v", v)
	}
	moved, err := Reattach(v, "aaaaaaaaaaaa", Record{Text: "Talks start.", Speaker: "Donald Trump", Source: rec.Source}, day(t, "2025-08-01"), scale)
	if err != nil {
		t.Fatal(err)
	}
	w, err := Read(moved, scale)
	if err != nil {
		t.Fatal(err)
	}
	if w.ClaimID != "aaaaaaaaaaaa" || len(w.Moved) != 1 || w.Moved[0].From != "84d4d0561d8d" || w.Claim.Text != "Talks start." || len(w.Entries) != 3 {
		t.Errorf("moved verdict: %+v", w)
	}
	if _, err := os.Stat(f); err == nil {
		t.Error("the old file is still there")
	}
}

func day(t *testing.T, s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestIsClaimTable(t *testing.T) {
	for line, want := range map[string]bool{
		"[claim]":              true,
		`  [ "claim" ]  # old`: true,
		"['claim']":            true,
		"[[claim]]":            false,
		"[claims]":             false,
		"claim = 1":            false,
		"[claim":               false,
	} {
		if got := isClaimTable(line); got != want {
			t.Errorf("isClaimTable(%q) = %v, want %v", line, got, want)
		}
	}
}
