package site

import (
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimtrack/internal/config"
)

// TestCrawling builds a site published at an absolute address: robots.txt
// keeps crawlers out of the review queue and names the sitemap, which
// lists the pages (not the queue) at their absolute addresses; each page
// has its Open Graph and Twitter card tags. Built for "/", there is no
// sitemap, since its addresses could not be absolute.
func TestCrawling(t *testing.T) {
	for _, base := range []string{"https://example.org/claims/", "/"} {
		cfg := config.Defaults()
		cfg.BaseURL = base
		out := t.TempDir()
		if _, err := Build(context.Background(), Options{Config: cfg, Data: data(3), Templates: os.DirFS("../../templates"), Out: out}); err != nil {
			t.Fatal(err)
		}
		robots, err := os.ReadFile(filepath.Join(out, "robots.txt"))
		if err != nil {
			t.Fatal(err)
		}
		_, err = os.Stat(filepath.Join(out, "sitemap.xml"))
		if base == "/" {
			if string(robots) != "User-agent: *\nDisallow: /review/\n" || err == nil {
				t.Errorf("base /: robots.txt %q, sitemap %v", robots, err)
			}
			continue
		}
		if !strings.Contains(string(robots), "Disallow: /claims/review/\n") || !strings.Contains(string(robots), "Sitemap: https://example.org/claims/sitemap.xml") {
			t.Errorf("robots.txt:\n%s", robots)
		}
		b, err := os.ReadFile(filepath.Join(out, "sitemap.xml"))
		if err != nil {
			t.Fatal(err)
		}
		var set struct {
			URLs []struct {
				Loc string `xml:"loc"`
			} `xml:"url"`
		}
		if err := xml.Unmarshal(b, &set); err != nil {
			t.Fatal(err)
		}
		locs := map[string]bool{}
		for _, u := range set.URLs {
			locs[u.Loc] = true
		}
		c := data(3).Claims[0].ID
		for loc, want := range map[string]bool{"https://example.org/claims/": true, "https://example.org/claims/claims/" + c + "/": true,
			"https://example.org/claims/speakers/jane-smith/": true, "https://example.org/claims/review/": false} {
			if locs[loc] != want {
				t.Errorf("sitemap lists %s: %v, want %v", loc, locs[loc], want)
			}
		}
		page, err := os.ReadFile(filepath.Join(out, "claims", c, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{`<meta property="og:url" content="https://example.org/claims/claims/` + c + `/">`,
			`<meta property="og:description" content="Jane Smith: “claim number`, `<meta name="twitter:card"`} {
			if !strings.Contains(string(page), want) {
				t.Errorf("claim page lacks %s", want)
			}
		}
	}
}
