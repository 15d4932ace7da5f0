package site

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
)

// TestSpeakersIndex lists speakers by number of claims and A to Z, never
// one with no claim shown, and paginates a speaker's own page.
func TestSpeakersIndex(t *testing.T) {
	d := data(7) // seven claims by Jane Smith
	d.Speakers = append(d.Speakers, claims.Speaker{ID: 2, Name: "Adam Zed", Slug: "adam-zed"},
		claims.Speaker{ID: 3, Name: "Nobody Quoted", Slug: "nobody-quoted"})
	d.Claims[6].SpeakerID = 2
	cfg := config.Defaults()
	cfg.PageSize = 2
	out := t.TempDir()
	if _, err := Build(context.Background(), Options{Config: cfg, Data: d, Templates: os.DirFS("../../templates"), Out: out}); err != nil {
		t.Fatal(err)
	}
	read := func(p string) string {
		b, err := os.ReadFile(filepath.Join(out, p))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	byCount, byName := read("speakers/index.html"), read("speakers-a-z/index.html")
	if i, j := strings.Index(byCount, ">Jane Smith<"), strings.Index(byCount, ">Adam Zed<"); i < 0 || j < 0 || i > j {
		t.Errorf("by count: Jane Smith (6 claims) at %d, Adam Zed (1) at %d", i, j)
	}
	if i, j := strings.Index(byName, ">Jane Smith<"), strings.Index(byName, ">Adam Zed<"); i < 0 || j < 0 || j > i {
		t.Errorf("A to Z: Adam Zed at %d, Jane Smith at %d", j, i)
	}
	for _, page := range []string{byCount, byName} {
		if strings.Contains(page, "Nobody Quoted") {
			t.Error("the index lists a speaker with no claim")
		}
	}
	if _, err := os.Stat(filepath.Join(out, "speakers/nobody-quoted/index.html")); err != nil {
		t.Errorf("a speaker with no claim lost its page: %v", err)
	}
	// Six claims, two a page: the oldest two on page 1, the newest four on the front page.
	if p := read("speakers/jane-smith/page/1/index.html"); !strings.Contains(p, "Page 1, counted from the oldest") || !strings.Contains(p, "claim number 5 of") || strings.Contains(p, "claim number 3 of") {
		t.Error("the speaker's first page lacks its claims or its pager")
	}
	if p := read("speakers/jane-smith/index.html"); !strings.Contains(p, "Page 2 of 2") || !strings.Contains(p, "claim number 0 of") || !strings.Contains(p, "claim number 3 of") {
		t.Error("the speaker's front page lacks its newest claims or its pager")
	}
}

func TestDisplayRole(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Rep.", "Representative"}, {"Mr.", ""}, {"Sen.", "Senator"}, {"Lt. Gov.", "Lieutenant Governor"},
		{"Russian President", "Russian President"}, {"Dr.", ""}, {"Ukrainian Defence Minister", "Ukrainian Defence Minister"},
		{"Democrats", ""}, {"with defrauding investors from at least 74 countries", ""},
		{"spokesman for the United Mine Workers of America", "spokesman for the United Mine Workers of America"},
	} {
		if got := displayRole(tt.in, "Democrats"); got != tt.want {
			t.Errorf("displayRole(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestNestedClaims keeps a claim that lies within a longer claim of the
// same speaker in the same article off the lists: it is shown within the
// longer one, and listed on the article's page as part of it.
func TestNestedClaims(t *testing.T) {
	d := data(3)
	// claim 1 lies within claim 0; claim 2, by someone else, lies within it too but stays.
	d.Claims[0].Appearances[0].Span = claims.Span{Start: 0, End: 30}
	d.Claims[1].Appearances[0].Span = claims.Span{Start: 5, End: 12}
	d.Claims[2].Appearances[0].Span = claims.Span{Start: 14, End: 20}
	d.Speakers = append(d.Speakers, claims.Speaker{ID: 2, Name: "Adam Zed", Slug: "adam-zed"})
	d.Claims[2].SpeakerID = 2
	out := t.TempDir()
	if _, err := Build(context.Background(), Options{Config: config.Defaults(), Data: d, Templates: os.DirFS("../../templates"), Out: out}); err != nil {
		t.Fatal(err)
	}
	list, err := os.ReadFile(filepath.Join(out, "claims", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []bool{true, false, true} {
		if got := strings.Contains(string(list), d.Claims[i].Text); got != want {
			t.Errorf("claim %d listed = %v, want %v", i, got, want)
		}
	}
	article, err := os.ReadFile(filepath.Join(out, "articles", "1", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(article), "part of a longer claim") {
		t.Error("the article page does not say where the nested claim went")
	}
}

// TestScorecard counts a speaker's claims by status, in the scale's
// order, in an SVG chart with an accessible name and in a table.
func TestScorecard(t *testing.T) {
	d := data(3)
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	vs := []*verdict.Verdict{{ClaimID: d.Claims[0].ID, Entries: []verdict.Entry{{Status: "false", Date: day}}}}
	out := t.TempDir()
	if _, err := Build(context.Background(), Options{Config: config.Defaults(), Data: d, Verdicts: vs, Templates: os.DirFS("../../templates"), Out: out}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "speakers", "jane-smith", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	for _, want := range []string{`aria-label="Claims by status: Unrated 2, False 1"`,
		`<th scope="row"><a href="../../status/unrated/">Unrated</a></th><td>2</td>`,
		`<th scope="row"><a href="../../status/false/">False</a></th><td>1</td>`,
		`<dt>First seen</dt><dd><time datetime="2025-05-19">19 May 2025</time></dd>`} {
		if !strings.Contains(page, want) {
			t.Errorf("speaker page lacks %s", want)
		}
	}
}
