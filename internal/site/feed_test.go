package site

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"claimtrack/internal/claims/verdict"
	"claimtrack/internal/config"
)

// TestFeeds parses the site's Atom feeds with a feed parser: the latest
// claims, the latest rulings (only rated claims, with their rating) and a
// speaker's claims, each linked from the pages with rel=alternate.
func TestFeeds(t *testing.T) {
	d := data(3)
	cfg := config.Defaults()
	cfg.BaseURL = "https://example.org/"
	v := &verdict.Verdict{ClaimID: d.Claims[1].ID, Entries: []verdict.Entry{{Status: "false", Date: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)}}}
	out := t.TempDir()
	if _, err := Build(context.Background(), Options{Config: cfg, Data: d, Verdicts: []*verdict.Verdict{v}, Templates: os.DirFS("../../templates"), Out: out}); err != nil {
		t.Fatal(err)
	}
	parse := func(file string) *gofeed.Feed {
		f, err := os.Open(filepath.Join(out, file))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		feed, err := gofeed.NewParser().Parse(f)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if feed.FeedType != "atom" {
			t.Errorf("%s is %s, not Atom", file, feed.FeedType)
		}
		return feed
	}
	claimsFeed := parse("feeds/claims.xml")
	if len(claimsFeed.Items) != 3 || !strings.HasPrefix(claimsFeed.Items[0].Title, "Jane Smith: claim number") ||
		!strings.HasPrefix(claimsFeed.Items[0].Link, "https://example.org/claims/") {
		t.Errorf("claims feed: %d items, first %+v", len(claimsFeed.Items), claimsFeed.Items[0])
	}
	rulings := parse("feeds/rulings.xml")
	if len(rulings.Items) != 1 || rulings.Items[0].Title != "False: Jane Smith: "+d.Claims[1].Text ||
		rulings.Items[0].Link != "https://example.org/claims/"+d.Claims[1].ID+"/" || rulings.Items[0].UpdatedParsed == nil ||
		!rulings.Items[0].UpdatedParsed.Equal(v.Entries[0].Date) {
		t.Errorf("rulings feed: %+v", rulings.Items)
	}
	if speaker := parse("speakers/jane-smith/feed.xml"); len(speaker.Items) != 3 || speaker.Title != "Claims by Jane Smith · "+cfg.Title {
		t.Errorf("speaker feed %q with %d items", speaker.Title, len(speaker.Items))
	}
	page, err := os.ReadFile(filepath.Join(out, "speakers", "jane-smith", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<link rel="alternate" type="application/atom+xml" title="Latest claims" href="../../feeds/claims.xml">`,
		`<link rel="alternate" type="application/atom+xml" title="Claims by Jane Smith" href="../../speakers/jane-smith/feed.xml">`} {
		if !strings.Contains(string(page), want) {
			t.Errorf("speaker page lacks %s", want)
		}
	}
}
