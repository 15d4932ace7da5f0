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

// TestPathsStayInside refuses to write outside the output folder, and a
// page whose file name would reach outside it.
func TestPathsStayInside(t *testing.T) {
	out := t.TempDir()
	w := newWriter(filepath.Join(out, "public"))
	for _, rel := range []string{"../index.html", "/etc/x", "a/../../b", "..", "a/./b", ""} {
		if err := w.write(rel, []byte("x")); err == nil {
			t.Errorf("wrote %q", rel)
		}
	}
	if err := w.write("claims/a/index.html", []byte("x")); err != nil {
		t.Error(err)
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err == nil {
		t.Error("a file landed beside the output folder")
	}
	content := t.TempDir()
	os.MkdirAll(filepath.Join(content, "pages"), 0o755)
	os.WriteFile(filepath.Join(content, "pages", "..md"), []byte("+++\ntitle = \"Up\"\n+++\nHi"), 0o644)
	if _, err := loadPages(content); err == nil || !strings.Contains(err.Error(), "..md") {
		t.Errorf("a page named ..md: %v", err)
	}
}
