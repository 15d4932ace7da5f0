package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrowserSuite drives the demo site in headless Chromium with
// playwright-core (testdata/browser.cjs): axe-core finds no serious or
// critical problem on the main pages in light or dark mode; search finds
// the demo's prediction by two words and its rating filter keeps or drops
// it; a keyboard alone reaches the prediction from the home page and its
// evidence from there. With SCREENSHOTS=folder it saves phone and desktop
// screenshots of the home, claim, speaker and search pages.
func TestBrowserSuite(t *testing.T) {
	chromium := need(t, "chromium", "apt-get install chromium")
	node := need(t, "node", "apt-get install nodejs")
	tools, _ := filepath.Abs("../../.tools")
	need(t, filepath.Join(tools, "node_modules", "playwright-core", "package.json"), "make tools")
	need(t, filepath.Join(tools, "node_modules", "axe-core", "axe.min.js"), "make tools")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	base, done := serveDemo(ctx, t)
	defer func() { cancel(); <-done }()
	shots := os.Getenv("SCREENSHOTS")
	if shots != "" {
		shots, _ = filepath.Abs(shots)
	}
	cmd := exec.CommandContext(ctx, node, "testdata/browser.cjs", tools, chromium, base, shots)
	cmd.Stderr = os.Stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("browser suite: %v", err)
	}
	var got struct {
		Axe []struct {
			Scheme, Page string
			Violations   []struct {
				ID, Impact, Target string
				Nodes              int
			}
		}
		Search struct {
			TwoWords, NotFulfilled, Unrated []string
			Summary, URL                    string
		}
		Keyboard struct {
			ToClaim, ToEvidence int
			Outline, Evidence   string
		}
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("%v: %s", err, raw)
	}
	if len(got.Axe) < 18 {
		t.Errorf("axe ran on %d pages, want 9 in each scheme", len(got.Axe))
	}
	for _, a := range got.Axe {
		for _, v := range a.Violations {
			t.Errorf("axe, %s mode, /%s: %s (%s, %d nodes, first %s)", a.Scheme, a.Page, v.ID, v.Impact, v.Nodes, v.Target)
		}
	}
	claim := "claims/84d4d0561d8d/"
	has := func(links []string) bool {
		for _, l := range links {
			if strings.HasSuffix(l, claim) {
				return true
			}
		}
		return false
	}
	if !has(got.Search.TwoWords) {
		t.Errorf("search for two words lacks the prediction: %v (%q)", got.Search.TwoWords, got.Search.Summary)
	}
	if len(got.Search.NotFulfilled) != 1 || !has(got.Search.NotFulfilled) {
		t.Errorf("filtered to not fulfilled: %v", got.Search.NotFulfilled)
	}
	if has(got.Search.Unrated) {
		t.Errorf("filtered to unrated, the prediction (not fulfilled) is still there: %v", got.Search.Unrated)
	}
	if !strings.Contains(got.Search.URL, "status=unrated") || !strings.Contains(got.Search.URL, "q=ceasefire+negotiations") {
		t.Errorf("the search is not in the address, to share: %s", got.Search.URL)
	}
	if got.Keyboard.ToClaim >= 60 || got.Keyboard.ToEvidence >= 60 || !strings.Contains(got.Keyboard.Evidence, "irishtimes.com") {
		t.Errorf("keyboard path: %+v", got.Keyboard)
	}
	if got.Keyboard.Outline == "none" || got.Keyboard.Outline == "" {
		t.Errorf("the focused link shows no outline (%q)", got.Keyboard.Outline)
	}
}

// TestPageWeight keeps the demo's pages under 100 kB each and the site's
// own assets (stylesheet, script, icon) under 60 kB together.
func TestPageWeight(t *testing.T) {
	_, out := demoSite(t)
	assets := int64(0)
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		switch {
		case strings.HasPrefix(rel, "static"+string(filepath.Separator)):
			assets += info.Size()
		case strings.HasSuffix(p, ".html") && info.Size() > 100_000:
			t.Errorf("%s is %d bytes", rel, info.Size())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if assets > 60_000 || assets == 0 {
		t.Errorf("the site's assets weigh %d bytes", assets)
	}
}
