package site

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"claimtrack/internal/claims"
	"claimtrack/internal/claims/profile"
	"claimtrack/internal/claims/store"
	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
)

// data makes n claims by one speaker in one article, without a database.
func data(n int) *store.Data {
	d := &store.Data{
		Articles: []claims.Article{{ID: 1, Title: "A story", Body: strings.Repeat("x", 10*n+10)}},
		Speakers: []claims.Speaker{{ID: 1, Name: "Jane Smith", Slug: "jane-smith"}},
	}
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("claim number %d of many", i)
		d.Claims = append(d.Claims, claims.Claim{ID: claims.ClaimID(text, ""), Text: text, Kind: claims.Direct,
			SpeakerID: 1, Confidence: 1, FirstSeen: time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC),
			Appearances: []claims.Appearance{{ArticleID: 1, Span: claims.Span{Start: 10 * i, End: 10*i + 5},
				Paragraph: claims.Span{Start: 10 * i, End: 10*i + 9}}}})
	}
	return d
}

// TestPagination cuts a list that comes newest first into pages counted
// from the oldest: 120 claims at 50 a page are page/1/ (the oldest 50) and
// the front page (the newest 70). One claim more changes the front page
// and leaves page/1/ byte for byte as it was; 31 more open page/2/.
func TestPagination(t *testing.T) {
	cfg := config.Defaults()
	cfg.PageSize = 50
	tmpl := Overlay("../../templates", os.DirFS("../../templates"))
	all := data(151) // claim number 0 is the newest
	build := func(out string, newest int) {
		t.Helper()
		d := *all
		d.Claims = all.Claims[newest:]
		if _, err := Build(context.Background(), Options{Config: cfg, Data: &d, Templates: tmpl, Out: out}); err != nil {
			t.Fatal(err)
		}
	}
	read := func(out, page string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, page))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	out := t.TempDir()
	build(out, 31) // claims 31 to 150
	tests := []struct {
		page      string
		has, lack []string
	}{
		{"claims/index.html", []string{"Page 2 of 2", `href="../claims/page/1/"`, "claim number 31 of", "claim number 100 of"},
			[]string{`rel="prev"`, "claim number 101 of"}},
		{"claims/page/1/index.html", []string{"Page 1, counted from the oldest", "Older claims, newest first", `rel="prev" href="../../../claims/"`, `>Newest</a>`, "claim number 101 of", "claim number 150 of"},
			[]string{`rel="next"`, "claim number 100 of", "120 claims"}},
	}
	for _, tt := range tests {
		b := read(out, tt.page)
		for _, s := range tt.has {
			if !strings.Contains(b, s) {
				t.Errorf("%s lacks %q", tt.page, s)
			}
		}
		for _, s := range tt.lack {
			if strings.Contains(b, s) {
				t.Errorf("%s has %q", tt.page, s)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(out, "claims/page/2/index.html")); !os.IsNotExist(err) {
		t.Errorf("the front page has a numbered page too: %v", err)
	}

	oldest := read(out, "claims/page/1/index.html")
	build(out, 30)
	if now := read(out, "claims/page/1/index.html"); now != oldest {
		i := 0
		for i < len(now) && now[i] == oldest[i] {
			i++
		}
		t.Errorf("a new claim changed the page of the oldest: %q vs %q", oldest[max(0, i-100):i+100], now[max(0, i-100):i+100])
	}
	if front := read(out, "claims/index.html"); !strings.Contains(front, "claim number 30 of") {
		t.Error("the new claim is not on the front page")
	}
	build(out, 0) // a page more: page/1/ keeps its claims and gains a link to page/2/
	if p := read(out, "claims/page/1/index.html"); !strings.Contains(p, "claim number 101 of") || strings.Contains(p, "claim number 100 of") || !strings.Contains(p, `href="../../../claims/page/2/"`) {
		t.Error("page/1/ lost its claims or lacks a link to page/2/")
	}
	if p := read(out, "claims/page/2/index.html"); !strings.Contains(p, "Page 2, counted from the oldest") || !strings.Contains(p, "claim number 51 of") || !strings.Contains(p, "claim number 100 of") {
		t.Error("page/2/ does not hold the next 50 claims")
	}
}

// TestTemplateOverride replaces one template from a user's folder and keeps
// the built-in others.
func TestTemplateOverride(t *testing.T) {
	user := t.TempDir()
	os.WriteFile(filepath.Join(user, "speaker.html"), []byte(`{{define "main"}}<h1>Custom {{.Data.Name}}</h1>{{end}}`), 0o644)
	out := t.TempDir()
	def := os.DirFS("../../templates")
	if _, err := Build(context.Background(), Options{Config: config.Defaults(), Data: data(2), Templates: Overlay(user, def), Out: out}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(out, "speakers/jane-smith/index.html"))
	if !strings.Contains(string(b), "<h1>Custom Jane Smith</h1>") || !strings.Contains(string(b), `static/style.css`) {
		t.Errorf("speaker page did not use the user's template in the built-in layout:\n%s", b)
	}
	b, _ = os.ReadFile(filepath.Join(out, "claims/index.html"))
	if !strings.Contains(string(b), "All claims") {
		t.Error("the built-in claims template was lost")
	}
}

func TestBadTemplateIsNamed(t *testing.T) {
	bad := fstest.MapFS{"base.html": {Data: []byte(`{{block "main" .}}{{end}`)}}
	_, err := Build(context.Background(), Options{Config: config.Defaults(), Data: data(1), Templates: bad, Out: t.TempDir()})
	if err == nil || !strings.Contains(err.Error(), "base.html") {
		t.Errorf("error %v, want one naming base.html", err)
	}
}

func TestEditorsPages(t *testing.T) {
	content := t.TempDir()
	os.MkdirAll(filepath.Join(content, "pages"), 0o755)
	os.WriteFile(filepath.Join(content, "pages", "about.md"), []byte("+++\ntitle = \"About us\"\n+++\n\nWe *check* claims. <script>x()</script>\n"), 0o644)
	out := t.TempDir()
	if _, err := Build(context.Background(), Options{Config: config.Defaults(), Data: data(1),
		Templates: os.DirFS("../../templates"), Content: content, Out: out}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(out, "about/index.html"))
	if !strings.Contains(string(b), "<h1>About us</h1>") || !strings.Contains(string(b), "<em>check</em>") || strings.Contains(string(b), "<script>") {
		t.Errorf("about page:\n%s", b)
	}
	os.WriteFile(filepath.Join(content, "pages", "bad.md"), []byte("+++\ntitel = \"x\"\n+++\nBody"), 0o644)
	_, err := Build(context.Background(), Options{Config: config.Defaults(), Data: data(1),
		Templates: os.DirFS("../../templates"), Content: content, Out: out})
	if err == nil || !strings.Contains(err.Error(), "bad.md") || !strings.Contains(err.Error(), "titel") {
		t.Errorf("error %v, want one naming bad.md and its unknown key", err)
	}
}

// TestMinConfidence leaves claims extraction is unsure of off the site.
func TestMinConfidence(t *testing.T) {
	d := data(2)
	d.Claims[1].Confidence = 0.3
	for _, tt := range []struct {
		min  float64
		want bool // the unsure claim has a page
	}{{0.5, false}, {0.2, true}} {
		out := t.TempDir()
		cfg := config.Defaults()
		cfg.MinConfidence = tt.min
		if _, err := Build(context.Background(), Options{Config: cfg, Data: d, Templates: os.DirFS("../../templates"), Out: out}); err != nil {
			t.Fatal(err)
		}
		_, err := os.Stat(filepath.Join(out, "claims", d.Claims[1].ID, "index.html"))
		if got := err == nil; got != tt.want {
			t.Errorf("min_confidence %g: page of a 0.3 claim exists = %v", tt.min, got)
		}
		if _, err := os.Stat(filepath.Join(out, "claims", d.Claims[0].ID, "index.html")); err != nil {
			t.Errorf("min_confidence %g: the sure claim has no page: %v", tt.min, err)
		}
	}
}

// TestStatesOfMind keeps beliefs, plans and quotes inside a longer claim
// out of the claim lists, and shows them on their article's page on
// request with the reason.
func TestStatesOfMind(t *testing.T) {
	d := data(3)
	d.Claims[1].Act = claims.Thought
	d.Claims[2].Appearances[0].Inside = true
	out := t.TempDir()
	if _, err := Build(context.Background(), Options{Config: config.Defaults(), Data: d, Templates: os.DirFS("../../templates"), Out: out}); err != nil {
		t.Fatal(err)
	}
	for i, want := range []bool{true, false, false} {
		_, err := os.Stat(filepath.Join(out, "claims", d.Claims[i].ID, "index.html"))
		if got := err == nil; got != want {
			t.Errorf("claim %d (%s, inside %v) has a page = %v, want %v", i, d.Claims[i].Act, d.Claims[i].Appearances[0].Inside, got, want)
		}
	}
	list, err := os.ReadFile(filepath.Join(out, "claims", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(list), d.Claims[1].Text) || !strings.Contains(string(list), d.Claims[0].Text) {
		t.Errorf("the claims list holds a state of mind or lacks the statement")
	}
	article, err := os.ReadFile(filepath.Join(out, "articles", "1", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"2 more passages not listed as claims", d.Claims[1].Text, "a belief, wish, plan or perception", d.Claims[2].Text, "part of a longer claim"} {
		if !strings.Contains(string(article), s) {
			t.Errorf("article page lacks %q", s)
		}
	}
}

// TestSpeakerRedirects keeps the page of a speaker merged into another:
// its address sends the reader on.
func TestSpeakerRedirects(t *testing.T) {
	d := data(1)
	d.Redirects = []store.Redirect{{Slug: "jane-q-smith", SpeakerID: 1}, {Slug: "jane-smith", SpeakerID: 1}}
	out := t.TempDir()
	if _, err := Build(context.Background(), Options{Config: config.Defaults(), Data: d, Templates: os.DirFS("../../templates"), Out: out}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(out, "speakers", "jane-q-smith", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`<meta http-equiv="refresh" content="0; url=../../speakers/jane-smith/">`, `href="../../speakers/jane-smith/"`} {
		if !strings.Contains(string(b), s) {
			t.Errorf("redirect page lacks %s:\n%s", s, b)
		}
	}
	page, err := os.ReadFile(filepath.Join(out, "speakers", "jane-smith", "index.html"))
	if err != nil || strings.Contains(string(page), "http-equiv") {
		t.Errorf("the speaker's own page is a redirect (%v)", err)
	}
}

// TestEditorsCorrections builds a site with the editors' speaker file
// (a name, a biography and an alias that merges a speaker into it) and
// claim files that give one claim another speaker and hide another.
func TestEditorsCorrections(t *testing.T) {
	d := data(3)
	d.Speakers = append(d.Speakers, claims.Speaker{ID: 2, Name: "J. Smith", Slug: "j-smith", Kind: claims.Person},
		claims.Speaker{ID: 3, Name: "Tom Baker", Slug: "tom-baker", Kind: claims.Person})
	d.Claims[1].SpeakerID = 2
	profiles := profile.Set{"jane-smith": {Slug: "jane-smith", File: "content/speakers/jane-smith.md", Name: "Jane Q. Smith",
		Aliases: []string{"J. Smith"}, Bio: "<p>A councillor.</p>"}}
	verdicts := []*verdict.Verdict{
		{ClaimID: d.Claims[0].ID, File: "content/claims/0.md", Speaker: "tom-baker"},
		{ClaimID: d.Claims[2].ID, File: "content/claims/2.md", Hidden: true, Reason: "a scare quote"},
	}
	out := t.TempDir()
	if _, err := Build(context.Background(), Options{Config: config.Defaults(), Data: d, Templates: os.DirFS("../../templates"),
		Out: out, Profiles: profiles, Verdicts: verdicts}); err != nil {
		t.Fatal(err)
	}
	read := func(rel string) string {
		b, err := os.ReadFile(filepath.Join(out, rel))
		if err != nil {
			t.Error(err)
		}
		return string(b)
	}
	if p := read("speakers/jane-smith/index.html"); !strings.Contains(p, "<h1>Jane Q. Smith</h1>") || !strings.Contains(p, "A councillor.") ||
		!strings.Contains(p, d.Claims[1].Text) {
		t.Errorf("speaker page lacks the editors' name, biography or the merged speaker's claim")
	}
	if p := read("speakers/j-smith/index.html"); !strings.Contains(p, "url=../../speakers/jane-smith/") {
		t.Errorf("the merged speaker's page does not send readers on")
	}
	if p := read("claims/" + d.Claims[0].ID + "/index.html"); !strings.Contains(p, "Tom Baker") || !strings.Contains(p, "speaker corrected by the editors") {
		t.Errorf("corrected claim's page lacks its speaker or the note")
	}
	if _, err := os.Stat(filepath.Join(out, "claims", d.Claims[2].ID, "index.html")); err == nil {
		t.Error("a hidden claim has a page")
	}
	if p := read("articles/1/index.html"); !strings.Contains(p, "hidden by the editors: a scare quote") {
		t.Error("the article's page does not say why its claim is hidden")
	}
	verdicts[0].Speaker = "nobody-here"
	_, err := Build(context.Background(), Options{Config: config.Defaults(), Data: d, Templates: os.DirFS("../../templates"), Out: out, Verdicts: verdicts})
	if err == nil || !strings.Contains(err.Error(), "content/claims/0.md") || !strings.Contains(err.Error(), "nobody-here") {
		t.Errorf("unknown speaker slug: error %v, want one naming the file and slug", err)
	}
}

// TestArticlesNotAnalysed lists an article in another language as stored
// but not analysed, in its language, and marks a title taken from the
// article's first sentence.
func TestArticlesNotAnalysed(t *testing.T) {
	d := data(1)
	d.Articles = append(d.Articles,
		claims.Article{ID: 2, Title: "Le port garde ses traversées de nuit", Language: "fr", Body: "Le conseil a voté."},
		claims.Article{ID: 3, Title: "The pool reopens on Saturday.", TitleFromText: true, Body: "The pool reopens on Saturday."})
	out := t.TempDir()
	if _, err := Build(context.Background(), Options{Config: config.Defaults(), Data: d, Templates: os.DirFS("../../templates"), Out: out}); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ page, has string }{
		{"articles/2/index.html", "Not analysed: language fr."},
		{"articles/2/index.html", `<h1 lang="fr">Le port garde ses traversées de nuit</h1>`},
		{"articles/index.html", "not analysed: language fr"},
		{"articles/3/index.html", "Untitled at its source: the heading is the article’s first sentence."},
		{"articles/index.html", "(untitled: its first sentence)"},
		{"articles/1/index.html", "1 claim in this article"},
	}
	for _, tt := range tests {
		b, err := os.ReadFile(filepath.Join(out, tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), tt.has) {
			t.Errorf("%s lacks %q", tt.page, tt.has)
		}
	}
}

func TestPageLinks(t *testing.T) {
	at := func(n int) string { return fmt.Sprint(n) }
	show := func(ls []pageLink) string {
		var s []string
		for _, l := range ls {
			if l.Gap {
				s = append(s, "…")
			} else {
				s = append(s, l.Path)
			}
		}
		return strings.Join(s, " ")
	}
	for _, tt := range []struct {
		n, of int
		want  string
	}{
		{1, 1, "1"}, {1, 3, "1 2 3"}, {1, 41, "1 2 3 … 41"}, {20, 41, "1 … 18 19 20 21 22 … 41"},
		{41, 41, "1 … 39 40 41"}, {4, 7, "1 2 3 4 5 6 7"},
	} {
		if got := show(pageLinks(tt.n, tt.of, at)); got != tt.want {
			t.Errorf("page %d of %d: %q, want %q", tt.n, tt.of, got, tt.want)
		}
	}
}
