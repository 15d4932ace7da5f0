package store

import (
	"context"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"claimtrack/internal/claims"
)

var now = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func open(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "claims.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// article builds an article whose body holds each quote as its own
// paragraph, with claims pointing at them.
func article(url, published string, quotes ...[2]string) (claims.Article, []claims.Quote) {
	a := claims.Article{Source: "test.txt", URL: url, Title: "A story", Publisher: "Example News"}
	if published != "" {
		a.Published, _ = time.Parse(time.DateOnly, published)
	}
	var qs []claims.Quote
	var b strings.Builder
	for _, q := range quotes {
		start := b.Len() + 1
		b.WriteString("\"" + q[0] + "\" " + q[1] + " said.\n\n")
		qs = append(qs, claims.Quote{Text: q[0], Span: claims.Span{Start: start, End: start + len(q[0])},
			Kind: claims.Direct, Paragraph: claims.Span{Start: start - 1, End: b.Len() - 2},
			Speaker: claims.Mention{Name: q[1], Text: q[1], Kind: claims.Person}, Cue: "said", Confidence: 1})
	}
	a.Body = b.String()
	return a, qs
}

func TestOpenMigrates(t *testing.T) {
	ctx := context.Background()
	s, path := open(t)
	files, _ := fs.Glob(migrations, "migrations/*.sql")
	v, err := s.Version(ctx)
	if err != nil || v != len(files) {
		t.Fatalf("version %d (%v), want %d", v, err, len(files))
	}
	s.Close()
	s2, err := Open(ctx, path) // reopening applies nothing twice
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var n int
	if err := s2.db.QueryRow(`SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != len(files) {
		t.Fatalf("%d migrations recorded (%v), want %d", n, err, len(files))
	}
	for _, pragma := range []struct{ name, want string }{{"foreign_keys", "1"}, {"journal_mode", "wal"}, {"busy_timeout", busyTimeout}} {
		var got string
		if err := s2.db.QueryRow(`PRAGMA ` + pragma.name).Scan(&got); err != nil || got != pragma.want {
			t.Errorf("PRAGMA %s = %q (%v), want %q", pragma.name, got, err, pragma.want)
		}
	}
}

func TestAddArticle(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a, qs := article("https://example.org/1", "2025-05-19",
		[2]string{"We will win this election", "Jane Smith"}, [2]string{"Nobody saw the plan", "Tom Baker"})
	got, err := s.AddArticle(ctx, &a, qs, now)
	if err != nil {
		t.Fatal(err)
	}
	if got.Unchanged || got.ClaimsNew != 2 || got.ClaimsSeen != 0 || got.SpeakersNew != 2 {
		t.Errorf("first add: %+v", got)
	}
	again, err := s.AddArticle(ctx, &a, qs, now)
	if err != nil || !again.Unchanged || again.ClaimsNew != 0 {
		t.Errorf("re-add: %+v, %v; want unchanged", again, err)
	}
	d, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Articles) != 1 || len(d.Claims) != 2 || len(d.Speakers) != 2 {
		t.Fatalf("loaded %d articles, %d claims, %d speakers", len(d.Articles), len(d.Claims), len(d.Speakers))
	}
	art := d.Articles[0]
	if art.Publisher != "Example News" || art.URL != "https://example.org/1" || art.Published.Format(time.DateOnly) != "2025-05-19" {
		t.Errorf("article %+v", art)
	}
	for _, c := range d.Claims {
		if len(c.Appearances) != 1 {
			t.Fatalf("claim %s: %d appearances", c.ID, len(c.Appearances))
		}
		p := c.Appearances[0]
		if art.Body[p.Span.Start:p.Span.End] != c.Text {
			t.Errorf("claim %q: span holds %q", c.Text, art.Body[p.Span.Start:p.Span.End])
		}
		if c.ID != claims.ClaimID(c.Text, "") || c.SpeakerID == 0 || c.Status() != claims.Unrated {
			t.Errorf("claim %+v", c)
		}
		if c.FirstSeen.Format(time.DateOnly) != "2025-05-19" {
			t.Errorf("first seen %v, want the publication date", c.FirstSeen)
		}
	}
}

func TestSameQuoteInTwoArticles(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a1, q1 := article("https://example.org/later", "2025-06-01", [2]string{"We will win this election", "Jane Smith"})
	a2, q2 := article("https://example.org/earlier", "2025-05-01", [2]string{"We will win this election!", "Smith"},
		[2]string{"Something else entirely here", "Smith"})
	if _, err := s.AddArticle(ctx, &a1, q1, now); err != nil {
		t.Fatal(err)
	}
	got, err := s.AddArticle(ctx, &a2, q2, now)
	if err != nil {
		t.Fatal(err)
	}
	if got.ClaimsNew != 1 || got.ClaimsSeen != 1 || got.SpeakersNew != 0 {
		t.Errorf("second article: %+v; want 1 new, 1 seen again, no new speaker", got)
	}
	d, _ := s.Load(ctx)
	if len(d.Claims) != 2 || len(d.Speakers) != 1 {
		t.Fatalf("%d claims, %d speakers; want 2, 1", len(d.Claims), len(d.Speakers))
	}
	for _, c := range d.Claims {
		if strings.HasPrefix(c.Text, "We will win") {
			if len(c.Appearances) != 2 {
				t.Errorf("%d appearances, want 2", len(c.Appearances))
			}
			if c.FirstSeen.Format(time.DateOnly) != "2025-05-01" {
				t.Errorf("first seen %v, want the earlier article's date", c.FirstSeen)
			}
		}
	}
}

func TestAddArticleIsAtomic(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a, qs := article("https://example.org/bad", "", [2]string{"A good quote to start with", "Jane Smith"},
		[2]string{"A quote of an impossible kind", "Tom Baker"})
	qs[1].Kind = "shouted" // the schema refuses it, after the first claim went in
	if _, err := s.AddArticle(ctx, &a, qs, now); err == nil || !strings.Contains(err.Error(), "test.txt") {
		t.Fatalf("error %v, want one naming the file", err)
	}
	for _, table := range []string{"articles", "claims", "speakers", "appearances", "publishers", "claims_fts"} {
		var n int
		if err := s.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s holds %d rows (%v) after a failed article", table, n, err)
		}
	}
}

func TestUpdatedArticleReplacesAppearances(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a, qs := article("https://example.org/story", "", [2]string{"The first version said this", "Jane Smith"})
	if _, err := s.AddArticle(ctx, &a, qs, now); err != nil {
		t.Fatal(err)
	}
	b, qs2 := article("https://example.org/story", "", [2]string{"The corrected version says that", "Jane Smith"})
	got, err := s.AddArticle(ctx, &b, qs2, now)
	if err != nil || got.Unchanged || got.ArticleID != a.ID {
		t.Fatalf("update: %+v, %v; want the same article replaced", got, err)
	}
	d, _ := s.Load(ctx)
	if len(d.Articles) != 1 || !strings.Contains(d.Articles[0].Body, "corrected") {
		t.Fatalf("articles: %+v", d.Articles)
	}
	if len(d.Claims) != 1 || !strings.Contains(d.Claims[0].Text, "corrected") {
		t.Errorf("claims %+v: want only the corrected version's", d.Claims)
	}
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a, qs := article("u", "", [2]string{"Russia and Ukraine will start negotiations", "Donald Trump"},
		[2]string{"The budget is balanced this year", "Jane Smith"})
	if _, err := s.AddArticle(ctx, &a, qs, now); err != nil {
		t.Fatal(err)
	}
	ids, err := s.Search(ctx, "negotiations ukraine", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 1 || ids[0] != claims.ClaimID(qs[0].Text, "") {
		t.Errorf("search found %v, want the negotiations claim", ids)
	}
	if ids, err := s.Search(ctx, `"quoted" OR nonsense`, 10); err != nil || len(ids) != 0 {
		t.Errorf("search with operators: %v, %v; want nothing and no error", ids, err)
	}
}

// TestUpdateKeepsClaimsWithVerdictsOrOtherReports replaces a story at the
// same URL: its old claims go, unless another article reports them too or
// an editor has recorded a status.
func TestUpdateKeepsClaimsWithVerdictsOrOtherReports(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	v1, q1 := article("https://example.org/story", "", [2]string{"Shared claim reported twice over", "Jane Smith"},
		[2]string{"Claim with a verdict on record", "Jane Smith"}, [2]string{"Claim nobody else reported", "Jane Smith"},
		[2]string{"Claim with a verdict file", "Jane Smith"})
	other, q2 := article("https://example.org/other", "", [2]string{"Shared claim reported twice over", "Jane Smith"})
	for _, a := range []struct {
		a  *claims.Article
		qs []claims.Quote
	}{{&v1, q1}, {&other, q2}} {
		if _, err := s.AddArticle(ctx, a.a, a.qs, now); err != nil {
			t.Fatal(err)
		}
	}
	verdict := claims.ClaimID("Claim with a verdict on record", "")
	if _, err := s.db.Exec(`INSERT INTO statuses (claim_id, status, date) VALUES (?, 'false', '2025-06-01')`, verdict); err != nil {
		t.Fatal(err)
	}
	kept := claims.ClaimID("Claim with a verdict file", "")
	s.KeepClaim = func(id string) bool { return id == kept }
	v2, q3 := article("https://example.org/story", "", [2]string{"A wholly new version of the story", "Jane Smith"})
	if _, err := s.AddArticle(ctx, &v2, q3, now); err != nil {
		t.Fatal(err)
	}
	d, _ := s.Load(ctx)
	have := map[string]int{}
	for _, c := range d.Claims {
		have[c.Text] = len(c.Appearances)
	}
	want := map[string]int{"Shared claim reported twice over": 1, "Claim with a verdict on record": 0,
		"Claim with a verdict file": 0, "A wholly new version of the story": 1}
	if len(have) != len(want) {
		t.Errorf("claims after the update: %v, want %v", have, want)
	}
	for text, n := range want {
		if got, ok := have[text]; !ok || got != n {
			t.Errorf("%q: %d appearances (kept: %v), want %d", text, got, ok, n)
		}
	}
}

// TestActs stores what act each claim reports and which appearances lie
// inside a longer claim, and a later report as speech makes a claim first
// stored as a state of mind speech.
func TestActs(t *testing.T) {
	ctx := context.Background()
	s, _ := open(t)
	a, qs := article("https://example.org/1", "2025-05-19", [2]string{"the bridge will cost four billion", "Jane Roe"},
		[2]string{"very productive talks all week", "Jane Roe"})
	qs[0].Act = claims.Thought
	qs[1].Act, qs[1].Inside = claims.Said, true
	if _, err := s.AddArticle(ctx, &a, qs, now); err != nil {
		t.Fatal(err)
	}
	d, err := s.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]claims.Claim{}
	for _, c := range d.Claims {
		got[c.Text] = c
	}
	if c := got["the bridge will cost four billion"]; c.Act != claims.Thought || c.Shown(0.5) {
		t.Errorf("state of mind: act %q, shown %v", c.Act, c.Shown(0.5))
	}
	if c := got["very productive talks all week"]; c.Act != claims.Said || !c.Appearances[0].Inside || c.Shown(0.5) {
		t.Errorf("inside: act %q, inside %v, shown %v", c.Act, c.Appearances[0].Inside, c.Shown(0.5))
	}
	b, qs2 := article("https://example.org/2", "2025-05-20", [2]string{"the bridge will cost four billion", "Jane Roe"})
	qs2[0].Act = claims.Said
	if _, err := s.AddArticle(ctx, &b, qs2, now); err != nil {
		t.Fatal(err)
	}
	if d, err = s.Load(ctx); err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Claims {
		if c.Text == "the bridge will cost four billion" && (c.Act != claims.Said || !c.Shown(0.5)) {
			t.Errorf("reported as speech later: act %q, shown %v", c.Act, c.Shown(0.5))
		}
	}
}
